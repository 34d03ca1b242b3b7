import * as assert from 'node:assert/strict';
import { defaultConfig, parseConfig } from '../../src/core';
import { WEEK7, codes, lint, lines, only } from './helpers';

const WEIGHT_1 = lines('---', 'title: "Week 7 Worklog"', 'weight: 1', '---', '| Day | Task |', '|---|---|', '| 2 |  |');

describe('parseConfig', () => {
  it('reads severities for codes, `off` included', () => {
    const { config, problems } = parseConfig('{"severities": {"week.weight": "error", "table.empty-cell": "off", "table.missing": "hint"}}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.severities, { 'week.weight': 'error', 'table.empty-cell': 'off', 'table.missing': 'hint' });
    assert.deepEqual(config.labs, []);
    assert.equal(config.dateOrder, 'auto');
  });

  it('accepts `$schema` and reports keys the schema does not know, such as `rules`', () => {
    const { config, problems } = parseConfig('{"$schema": "./schema.json", "rules": {"day.duplicate": "information"}}');
    assert.deepEqual(problems, ['rules: unknown setting']);
    assert.deepEqual(config.severities, {});
  });

  it('reads labs, dateOrder and ignoreLinks', () => {
    const { config, problems } = parseConfig('{"labs": ["000201"], "dateOrder": "dmy", "ignoreLinks": ["https://intranet/*"]}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { severities: {}, labs: ['000201'], dateOrder: 'dmy', ignoreLinks: ['https://intranet/*'] });
  });

  it('reports bad severity values and keeps the good ones', () => {
    const { config, problems } = parseConfig('{"severities": {"week.weight": "fatal", "table.missing": "off", "day.duplicate": 2}}');
    assert.deepEqual(config.severities, { 'table.missing': 'off' });
    assert.deepEqual(problems, ['severities.week.weight: expected one of error, warning, information, hint, off', 'severities.day.duplicate: expected one of error, warning, information, hint, off']);
  });

  it('reports bad shapes of every key and unknown keys, without throwing', () => {
    const { config, problems } = parseConfig('{"severities": ["error"], "labs": "000001", "dateOrder": "ymd", "ignoreLinks": [1], "colour": true}');
    assert.deepEqual(config, defaultConfig);
    assert.deepEqual(problems, [
      'severities: expected an object of code → severity',
      'labs: expected an array of lab ids',
      'dateOrder: expected "auto", "dmy" or "mdy"',
      'ignoreLinks: expected an array of patterns',
      'colour: unknown setting',
    ]);
  });

  it('reports text that is not JSON, or not an object, and returns the base config', () => {
    const broken = parseConfig('{"severities": {');
    assert.equal(broken.config, defaultConfig);
    assert.equal(broken.problems.length, 1);
    assert.match(broken.problems[0], /^not valid JSON: /);
    for (const text of ['[]', 'null', '"x"', '3']) {
      const result = parseConfig(text);
      assert.deepEqual(result.problems, ['expected a JSON object'], text);
      assert.equal(result.config, defaultConfig);
    }
    assert.match(parseConfig('').problems[0], /^not valid JSON/);
  });

  it('accepts a BOM before the JSON', () => {
    assert.deepEqual(parseConfig('\uFEFF{"dateOrder": "mdy"}').problems, []);
  });

  it('merges over a base config without changing it', () => {
    const base = parseConfig('{"severities": {"week.weight": "error"}, "labs": ["000201"]}').config;
    const { config } = parseConfig('{"severities": {"table.missing": "off"}, "labs": ["000202"]}', base);
    assert.deepEqual(config.severities, { 'week.weight': 'error', 'table.missing': 'off' });
    assert.deepEqual(config.labs, ['000201', '000202']);
    assert.deepEqual(base.severities, { 'week.weight': 'error' });
    assert.deepEqual(base.labs, ['000201']);
  });
});

describe('config applied by the linter', () => {
  it('changes the severity of a code', () => {
    const { findings } = lint(WEIGHT_1, WEEK7, { config: parseConfig('{"severities": {"week.weight": "error"}}').config });
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity]),
      [
        ['week.weight', 'error'],
        ['table.empty-cell', 'warning'],
      ],
    );
  });

  it('overrides a severity a rule chose for one finding (a week.weight tie Hugo still lists in order is information)', () => {
    const config = parseConfig('{"severities": {"week.weight": "hint"}}').config;
    const { findings } = lint(WEIGHT_1, WEEK7, { config });
    assert.deepEqual(
      only(findings, 'week.weight').map((f) => f.severity),
      ['hint'],
    );
  });

  it('turns a code off', () => {
    const { findings } = lint(WEIGHT_1, WEEK7, { config: parseConfig('{"severities": {"week.weight": "off"}}').config });
    assert.deepEqual(codes(findings), ['table.empty-cell']);
  });

  it('leaves defaults alone without a config', () => {
    assert.deepEqual(
      lint(WEIGHT_1, WEEK7).findings.map((f) => [f.code, f.severity]),
      [
        ['week.weight', 'information'],
        ['table.empty-cell', 'warning'],
      ],
    );
  });
});
