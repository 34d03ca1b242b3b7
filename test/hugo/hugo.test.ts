// The checks' claims about what the site shows, checked against the real Hugo page by page (npm run test:hugo).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Comparison, Disagreement, Topic, compare, readSources } from './compare';
import { Exception, corpusExceptions, fixtureExceptions, unexplained } from './exceptions';
import { buildWithHugo, hugoVersion } from './hugoSite';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'hugo');
// The shared corpus sits beside the repository when it is available.
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus-dev');

/** Every folder holding a content/ folder, by name. */
function sitesIn(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((name) => fs.existsSync(path.join(dir, name, 'content')))
      .map((name) => [name, path.join(dir, name)]),
  );
}

function run(dir: string): Comparison {
  const sources = sitesIn(dir);
  return compare(readSources(sources), buildWithHugo(sources));
}

function report(label: string, result: Comparison): void {
  console.log(`      ${label}: ${result.pages} pages, ${hugoVersion()}`);
  const rows = Object.entries(result.tallies).map(([topic, t]) => `        ${topic.padEnd(26)} agree ${String(t.agree).padStart(5)}  checks only ${String(t.checksOnly).padStart(3)}  Hugo only ${String(t.hugoOnly).padStart(3)}`);
  console.log(rows.join('\n'));
}

function assertAgreement(result: Comparison, exceptions: readonly Exception[]): void {
  const { left, unused } = unexplained(result.disagreements, exceptions);
  const describe = (d: Disagreement) => `${d.topic} (${d.side === 'checks' ? 'checks only' : 'Hugo only'}) ${d.file}: ${d.detail}`;
  assert.deepEqual(left.map(describe), [], 'disagreements with Hugo that are not listed exceptions');
  assert.deepEqual(unused.map((e) => `${e.topic} ${e.file}: ${e.reason}`), [], 'listed exceptions that no longer happen');
}

describe('agreement with Hugo', function () {
  this.timeout(600_000);

  before(function () {
    if (!hugoVersion()) throw new Error('hugo is not on the PATH: install it (apt-get install hugo) or run the other suites alone');
  });

  describe('fixture sites', () => {
    let result: Comparison;
    before(() => {
      result = run(FIXTURES);
      report('fixtures', result);
    });

    it('every claim about tables and front matter agrees with what Hugo built, page by page', () => {
      assertAgreement(result, fixtureExceptions);
    });

    it('the fixtures exercise each rule on both sides: claims Hugo confirms, and pages it renders fine', () => {
      const agreed = (topic: Topic) => result.tallies[topic].agree;
      // One unclosed front matter: Hugo fails on it and the checks say so.
      assert.equal(agreed('frontmatter.unterminated'), 1);
      // Pipe rows after a fence, two indented tables, one under <div>, one further down a <details> block, one with a
      // short delimiter row, one split by a code span.
      assert.equal(agreed('table.not-rendered'), 7);
      // Week 1's short row and long row (week 2's 4-cell row under a 5-cell delimiter row fills the header: no claim).
      assert.equal(agreed('table.row-cells'), 2);
      assert.ok(agreed('table.missing') >= 1, 'the prose week has no day table in Hugo either');
      assert.equal(agreed('frontmatter.missing'), 1);
      assert.ok(agreed('tables') > 10);
    });
  });

  describe('shared corpus (corpus-dev)', () => {
    let result: Comparison | undefined;
    before(function () {
      if (!fs.existsSync(CORPUS)) {
        console.log(`      skipped: no shared corpus at ${path.relative(process.cwd(), CORPUS)} (it sits beside the repository in CI)`);
        this.skip();
      }
      result = run(CORPUS);
      report('corpus-dev', result);
    });

    it('every claim about tables and front matter agrees with what Hugo built, page by page', () => {
      assert.ok(result && result.pages > 100);
      assertAgreement(result, corpusExceptions);
    });
  });
});
