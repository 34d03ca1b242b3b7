import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** `$XDG_CACHE_HOME/worklog-studio`, else `~/.cache/worklog-studio`: the CLI's cache folder. */
export function cliCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'worklog-studio');
}

/** Writes a cache file beside and renames it, so a run reading it never sees half a file; throws when it cannot. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
