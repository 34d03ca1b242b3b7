#!/usr/bin/env node
// `npm start`: builds, then opens a real VS Code on example/ (or a given folder) with the extension under development.
// Uses the local `code` binary when on PATH, otherwise code-server on 127.0.0.1 (installed on demand) until Ctrl-C.
// Usage: npm start [-- <folder>]   env: WORKLOG_STUDIO_PORT=8080 (fixed port), WORKLOG_STUDIO_USE_CODE_SERVER=1
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureHost, hostPaths, isHostInstalled, repoRoot } from './install.mjs';
import { buildExtension } from './build-tests.mjs';
import { NEWCOMER_SETTINGS, signalExitCodes, startCodeServer, stopAll } from './codeServer.mjs';
import { installFailedLines, installingLine, readyLines, startingLine } from './startMessages.mjs';

function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not in this PATH entry.
    }
  }
  return undefined;
}

/** The example is ours, so it opens trusted; a folder you pass keeps VS Code's Restricted Mode until you trust it. */
function isExample(folder) {
  return folder === path.join(repoRoot, 'example') || folder === path.join(repoRoot, 'test', 'fixtures', 'workspace');
}

function chooseFolder() {
  if (process.argv[2]) return path.resolve(process.argv[2]);
  const example = path.join(repoRoot, 'example');
  return fs.existsSync(example) ? example : path.join(repoRoot, 'test', 'fixtures', 'workspace');
}

async function main() {
  const folder = chooseFolder();
  if (!fs.existsSync(folder)) throw new Error(`folder not found: ${folder}`);
  buildExtension({ quiet: true });

  const code = process.env.WORKLOG_STUDIO_USE_CODE_SERVER === '1' ? undefined : findOnPath('code');
  if (code) {
    const args = [`--extensionDevelopmentPath=${repoRoot}`, ...(isExample(folder) ? ['--disable-workspace-trust'] : []), folder];
    console.log(`[start] ${code} ${args.join(' ')}`);
    const result = spawnSync(code, args, { stdio: 'inherit' });
    return result.status ?? 1;
  }

  // No chromium: the workbench is served to your own browser.
  if (!isHostInstalled(hostPaths(), { chromium: false })) await installHost();
  // Ctrl-C is the normal way to end this command, not a failure.
  signalExitCodes.SIGINT = 0;
  signalExitCodes.SIGTERM = 0;
  const port = process.env.WORKLOG_STUDIO_PORT ? Number(process.env.WORKLOG_STUDIO_PORT) : undefined;
  console.log(startingLine());
  const server = await startCodeServer({ name: 'start', port, disableWorkspaceTrust: isExample(folder), settings: NEWCOMER_SETTINGS, quiet: true });
  const url = server.workbenchUrl({ folder, extensionDevelopmentPath: repoRoot });
  for (const line of readyLines({ url, folder, port: server.port, repoRoot })) console.log(line);
  const exit = await server.exited;
  if (server.isStopping()) {
    // Ctrl-C: the signal handler is stopping everything and exits when done.
    await stopAll();
    return 0;
  }
  console.error(`[start] code-server stopped by itself (${exit.code ?? exit.signal}); its log:\n${server.output().slice(-3000)}`);
  await stopAll();
  return 1;
}

/** The first run's install, as one line; the installers' output goes to a log whose end is shown if it fails. */
async function installHost() {
  const { root } = hostPaths();
  const logFile = path.join(root, 'install.log');
  console.log(installingLine({ root, logFile }));
  try {
    await ensureHost({ chromium: false, logFile });
  } catch (error) {
    const logTail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-20).join('\n') : '';
    for (const line of installFailedLines({ error: error instanceof Error ? error.message : String(error), logFile, logTail })) console.error(line);
    throw new Error('the first run did not finish installing; once the cause above is fixed, run `npm start` again', { cause: error });
  }
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
