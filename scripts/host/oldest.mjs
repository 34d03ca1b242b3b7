// The oldest VS Code the manifest claims (engines.vscode ^1.90.0): code-server 4.90.3 ships Code 1.90.2 and runs
// on Node 20, the project's own Node. Installed beside the current host, used by the installed-package UI test.
// Usage: node scripts/host/oldest.mjs   (idempotent; .ci/run installs it with the current host)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDir, hostPaths, run, withLock } from './install.mjs';

export const OLDEST_CODE_SERVER_VERSION = '4.90.3';
export const OLDEST_VSCODE_VERSION = '1.90.2';

export function oldestHostPaths() {
  const dir = path.join(hostPaths().root, `code-server-${OLDEST_CODE_SERVER_VERSION}`);
  const pkg = path.join(dir, 'node_modules', 'code-server');
  return { codeServerDir: dir, codeServerPkgDir: pkg, codeServerEntry: path.join(pkg, 'out', 'node', 'entry.js'), nodeBin: process.execPath };
}

/**
 * Code 1.90 searches files (Quick Open, findFiles) with @vscode/ripgrep, whose install script downloads `rg` from
 * GitHub (skipped: --ignore-scripts). The same binary comes from the npm registry inside the current host's
 * @vscode/ripgrep-universal; Debian's ripgrep (/usr/bin/rg) is the fallback.
 */
function ensureRipgrep(paths) {
  const target = path.join(paths.codeServerPkgDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (fs.existsSync(target)) return;
  const universal = path.join(hostPaths().codeServerPkgDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep-universal', 'bin', `linux-${process.arch}`, 'rg');
  const source = [universal, '/usr/bin/rg'].find((candidate) => fs.existsSync(candidate));
  if (!source) throw new Error(`no ripgrep for Code ${OLDEST_VSCODE_VERSION}: install the current host first (npm run host:install) or Debian's ripgrep`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  fs.chmodSync(target, 0o755);
  console.log(`[host] ripgrep for Code ${OLDEST_VSCODE_VERSION}: ${source}`);
}

export async function ensureOldestHost() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Error(`code-server ${OLDEST_CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  const paths = oldestHostPaths();
  await withLock(hostPaths().root, () =>
    ensureDir(`code-server ${OLDEST_CODE_SERVER_VERSION} (Code ${OLDEST_VSCODE_VERSION})`, paths.codeServerDir, () => {
      // Node 20's own headers (a Debian or nodesource node has them under /usr), so node-gyp downloads nothing.
      const env = { ...process.env, npm_config_nodedir: path.resolve(path.dirname(process.execPath), '..'), npm_config_update_notifier: 'false' };
      const npmArgs = ['--ignore-scripts', '--no-audit', '--no-fund'];
      const vscodeDir = path.join(paths.codeServerPkgDir, 'lib', 'vscode');
      run('npm', ['install', '--prefix', paths.codeServerDir, `code-server@${OLDEST_CODE_SERVER_VERSION}`, ...npmArgs], { env });
      // Code 1.90's xterm addons name a beta xterm as their peer, which npm 11 would refuse.
      run('npm', ['install', '--omit=dev', '--legacy-peer-deps', ...npmArgs], { env, cwd: vscodeDir });
      run('npm', ['install', '--omit=dev', '--legacy-peer-deps', ...npmArgs], { env, cwd: path.join(vscodeDir, 'extensions') });
      run('npm', ['rebuild', '@vscode/spdlog', '@vscode/native-watchdog'], { env, cwd: vscodeDir });
      // This code-server loads argon2 at start; its prebuilt binary would come from outside the registry.
      run('npm', ['rebuild', 'argon2', '--build-from-source'], { env, cwd: paths.codeServerDir });
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-studio-install-'));
      try {
        run(paths.nodeBin, [paths.codeServerEntry, '--version'], { env: { ...env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') } });
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    }),
  );
  ensureRipgrep(paths);
  return paths;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureOldestHost();
}
