// Mocha entry point loaded by the real extension host (extensionTestsPath); runs every bundled *.test.js beside it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // WORKLOG_STUDIO_GREP narrows the run to matching tests while working on one feature.
  const grep = process.env.WORKLOG_STUDIO_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false, ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}: run scripts/host/build-tests.mjs`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  // A rejected run() makes the extension host exit with code 1.
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
