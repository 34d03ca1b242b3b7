// npm run test:hugo: the checks' claims against the real Hugo. Without Hugo it says so and stops; in CI it fails.
import { spawnSync } from 'node:child_process';

const version = spawnSync('hugo', ['version'], { encoding: 'utf8' });
if (version.status !== 0) {
  const reason = 'hugo is not on the PATH (Debian: apt-get install hugo)';
  if (process.env.CI) {
    console.error(`test:hugo: ${reason}; .ci/run installs it.`);
    process.exit(1);
  }
  console.log(`test:hugo: skipped, ${reason}.`);
  process.exit(0);
}
const mocha = spawnSync('npx', ['mocha', '--no-config', '--require', 'tsx/cjs', '--timeout', '600000', '--reporter', 'spec', 'test/hugo/**/*.test.ts'], { stdio: 'inherit' });
process.exit(mocha.status ?? 1);
