import * as assert from 'node:assert/strict';
import { UsageError, parseArgs } from '../../src/cli/args';
import { parseReportArgs } from '../../src/cli/report';

/** The usage error a reader throws, as its message. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail('no usage error');
}

describe('command-line reading, the same for the check and the report', () => {
  for (const [name, read] of [
    ['check', (argv: string[]) => parseArgs(argv)],
    ['report', (argv: string[]) => parseReportArgs(argv)],
  ] as const) {
    it(`${name}: --flag=value and --flag value, -- before paths, - as a path, --locale applied elsewhere`, () => {
      assert.equal(read(['--config=a.json']).config, 'a.json');
      assert.equal(read(['-c', 'b.json', 'sites']).config, 'b.json');
      assert.deepEqual(read(['--locale', 'vi', 'sites']).paths, ['sites']);
      assert.deepEqual(read(['--locale=vi']).paths, ['.']);
      assert.deepEqual(read(['sites', '--', '--config', '-x']).paths, ['sites', '--config', '-x']);
      assert.deepEqual(read(['-']).paths, ['-']);
    });

    it(`${name}: refuses an unknown option and an option without its value`, () => {
      assert.equal(refusal(() => read(['--bogus'])), 'unknown option --bogus');
      assert.equal(refusal(() => read(['--bogus=1'])), 'unknown option --bogus=1');
      assert.equal(refusal(() => read(['--config'])), '--config needs a value');
      assert.equal(refusal(() => read(['--config', '--help'])), '--config needs a value');
      assert.equal(read(['--config=--help']).config, '--help');
    });
  }
});
