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
  const cached = readCache(cacheFile, key);
  // The wrapper stays on the first line, so stack traces keep the bundle's line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData: cached?.data });
  const usable = cached !== undefined && !script.cachedDataRejected;
  // Written once the run is over, so the cache also holds the functions compiled while it ran. A cache written by a
  // run over one page lacks most of them: a run that checked more than twice as many files writes it again.
  process.once('exit', () => {
    if (!usable || checkedFiles > 2 * cached.files) writeCache(cacheFile, key, script, usable ? Math.max(checkedFiles, cached.files) : checkedFiles);
  });
  const module = { exports: {} };
  const load = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  load.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** Files this thread checked in this run (see `Io.checkedHere`). */
let checkedFiles = 0;

export function noteCheckedFiles(files: number): void {
  checkedFiles = Math.max(checkedFiles, files);
}

interface CachedCode {
  readonly data: Buffer;
  /** How many files the run that wrote it checked. */
  readonly files: number;
}

/** The cached bytecode when the file starts with this build's key and a file count; a missing or unreadable file is no cache. */
function readCache(file: string, key: Buffer): CachedCode | undefined {
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.length <= key.length || !bytes.subarray(0, key.length).equals(key)) return undefined;
    const countEnd = bytes.indexOf(10, key.length);
    const files = countEnd > key.length && countEnd - key.length <= 10 ? Number(bytes.toString('latin1', key.length, countEnd)) : NaN;
    return Number.isInteger(files) && files >= 0 ? { data: bytes.subarray(countEnd + 1), files } : undefined;
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written is no error: the next run compiles as before. */
function writeCache(file: string, key: Buffer, script: vm.Script, files: number): void {
  try {
    writeCacheFile(file, Buffer.concat([key, Buffer.from(`${files}\n`), script.createCachedData()]));
  } catch {
    // Left for a later run to write.
  }
}
