import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { cliCacheDir, writeCacheFile } from '../node/cliCacheDir';

/**
 * Requires a bundle that sits beside dist/cli.js through V8's code cache: the bytecode of every function a run
 * compiled is kept in the CLI's cache folder (`code/`), so later runs skip parsing and compiling them again.
 * Returns undefined when there is no such bundle (the sources run unbundled, or a test bundled the CLI whole), or
 * when NODE_DISABLE_COMPILE_CACHE is set: the caller then requires the module itself.
 */
export function requireBundle(name: string, env: NodeJS.ProcessEnv, version: string): unknown {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const file = path.join(__dirname, name);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  // V8 checks its own version and flags but compares sources by length alone: the file's size and time say which build.
  const key = Buffer.from(`${version} ${process.version} ${process.arch} ${stat.size} ${stat.mtimeMs}\n`);
  const cacheFile = path.join(cliCacheDir(env), 'code', `${name}.bin`);
  const cachedData = readCache(cacheFile, key);
  // The wrapper stays on the first line, so stack traces keep the bundle's line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // Written once the run is over, so the cache also holds the functions compiled while it ran.
    process.once('exit', () => writeCache(cacheFile, key, script));
  }
  const module = { exports: {} };
  const load = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  load.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** The cached bytecode when the file starts with this build's key; a missing or unreadable file is no cache. */
function readCache(file: string, key: Buffer): Buffer | undefined {
  try {
    const bytes = fs.readFileSync(file);
    return bytes.length > key.length && bytes.subarray(0, key.length).equals(key) ? bytes.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written is no error: the next run compiles as before. */
function writeCache(file: string, key: Buffer, script: vm.Script): void {
  try {
    writeCacheFile(file, Buffer.concat([key, script.createCachedData()]));
  } catch {
    // Left for a later run to write.
  }
}
