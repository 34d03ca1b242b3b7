#!/usr/bin/env node
// Runs the same in-host integration tests in a desktop VS Code downloaded by @vscode/test-electron.
// Needs update.code.visualstudio.com (not reachable on the offline machines: use `npm run test:integration` there).
// Usage: node test/integration/runElectron.mjs   (VSCODE_TEST_VERSION=1.90.0 to pin the VS Code version)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { buildExtension, buildTests } from '../../scripts/host/build-tests.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  buildExtension();
  await buildTests(['integration']);
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [
        path.join(repoRoot, 'test', 'fixtures', 'workspace'),
        // Other extensions installed on the machine must not interfere; the one under development still loads.
        '--disable-extensions',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
    return 0;
  } catch (error) {
    // runTests rejects with TestRunFailedError when VS Code exits non-zero (a test failed) or cannot be downloaded.
    console.error(`[integration:electron] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
