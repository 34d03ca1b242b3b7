import * as os from 'node:os';
import * as path from 'node:path';

/** `$XDG_CACHE_HOME/worklog-studio`, else `~/.cache/worklog-studio`: the CLI's cache folder. */
export function cliCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'worklog-studio');
}
