#!/usr/bin/env node
// Writes the worklog injection grammars in syntaxes/ from the readable pieces below; `--check` fails when the
// committed files differ from what this script writes (the grammar tests run it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const syntaxes = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes');
// Oniguruma pieces. The Day and date shapes follow src/core/dates/days.ts and src/core/dates/dates.ts; Vietnamese words
// also match in decomposed form (NFD), as some editors save them.
const W = '(?![\\p{L}\\p{N}])';
const B = '(?<![\\p{L}\\p{N}])';
const THU = '(?:th(?:ứ|ư\\x{0301}|u\\x{031B}\\x{0301}))';
const VI_NAMES = '(?:hai|ba|tư|tu\\x{031B}|tu|năm|na\\x{0306}m|nam|sáu|sa\\x{0301}u|sau|bảy|ba\\x{0309}y|bay)';
const CHU_NHAT = '(?:(?:chủ|chu\\x{0309}|chu)\\s*(?:nhật|nha\\x{0323}\\x{0302}t|nhat))';
const NGAY = '(?:ngày|nga\\x{0300}y|ngay)';
const TOKEN = [
  `${THU}\\s*${VI_NAMES}${W}`,
  `${THU}\\s*[2-7]${W}`,
  `${CHU_NHAT}${W}`,
  `cn${W}`,
  `t[2-7]${W}`,
  `(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)${W}`,
  `(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\\.?${W}`,
  `day\\s*\\d{1,2}${W}`,
  `${NGAY}\\s*\\d{1,2}${W}`,
  `${VI_NAMES}${W}`,
  `\\d{1,2}(?:\\.\\d{1,2})?${W}`,
].join('|');
const SEP = '\\s*(?:->|-|–|—|~|→|to|đến|tới|/|,|&|\\+|and|và)\\s*';
const DAY_VALUE = `(?:${TOKEN})(?:${SEP}(?:${TOKEN}))*`;
const FULL_WEEK = `(?:(?:full|whole|all|entire)\\s+week|(?:cả|toàn|suốt|ca|toan)\\s+(?:tuần|tuan)|trong tuần)${W}`;
const EMPH = '(?:\\*\\*|__|\\*|_)?';
const DAY31 = '(?:0?[1-9]|[12]\\d|3[01])';
const MON12 = '(?:0?[1-9]|1[0-2])';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const THANG = '(?:tháng|tha\\x{0301}ng)';
const NAM = '(?:năm|na\\x{0306}m)';
const DATE_NAME = 'constant.numeric.date.worklog';

// The cell rule of VS Code's Markdown table, so a day table keeps Markdown's inline scopes.
const cellContent = {
  match: '(?<=\\|)\\s*(?=\\S)((\\\\\\||[^|])+)(?<=\\S)\\s*(?=\\|)',
  captures: { 1: { patterns: [{ include: 'text.html.markdown#inline' }] } },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Worklog Markdown',
  scopeName: 'worklog.markdown.injection',
  injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw -meta.embedded.block.frontmatter -comment',
  patterns: [
    { include: '#day-table' },
    { include: '#shortcode' },
    { include: '#lab-link' },
    { include: '#line-break' },
    { include: '#entity' },
    { include: '#sub-bullet' },
    { include: '#date' },
  ],
  repository: {
    'day-table': {
      comment: 'A table whose first header cell names the Day column (Day, Thứ, Weekday, Ngày, Buổi): its first cells are Day values.',
      name: 'markup.table.markdown meta.table.day.worklog',
      begin: `(?i)(^|\\G)(\\|)(?=\\s*${EMPH}(?:days?|weekday|day of week|${THU}|${NGAY}(?:\\s+${THU})?|buổi|buo\\x{0302}\\x{0309}i)${EMPH}\\s*\\|.*\\|\\s*$)`,
      beginCaptures: { 2: { name: 'punctuation.definition.table.markdown' } },
      while: '(^|\\G)(?=\\|)',
      patterns: [
        { include: '#day-cell' },
        { match: '\\|', name: 'punctuation.definition.table.markdown' },
        { match: '(?<=\\|)\\s*(:?-+:?)\\s*(?=\\|)', captures: { 1: { name: 'punctuation.separator.table.markdown' } } },
        cellContent,
      ],
    },
    'day-cell': {
      comment: 'The first cell of a row: a weekday as interns write it (2, Thứ 2, T2, Thứ Hai, Mon, Monday, Day 2, Ngày 2, ranges like 7 - CN).',
      match: `(?i)(?<=^\\|)\\s*${EMPH}(${DAY_VALUE}|${FULL_WEEK})${EMPH}(?=\\s*(?:\\||<!--))`,
      captures: { 1: { name: 'keyword.other.day.worklog' } },
    },
    shortcode: {
      comment: 'Hugo shortcodes: {{% notice info %}}, {{% /notice %}}, {{< ref "page" >}}.',
      name: 'meta.embedded.shortcode.worklog',
      begin: '(\\{\\{[%<])\\s*(/)?\\s*([\\w./-]+)',
      beginCaptures: {
        1: { name: 'punctuation.section.embedded.begin.worklog' },
        2: { name: 'punctuation.definition.tag.closing.worklog' },
        3: { name: 'support.function.shortcode.worklog' },
      },
      end: '\\s*([%>]\\}\\})',
      endCaptures: { 1: { name: 'punctuation.section.embedded.end.worklog' } },
      patterns: [
        { match: '([\\w-]+)\\s*(=)', captures: { 1: { name: 'entity.other.attribute-name.worklog' }, 2: { name: 'punctuation.separator.key-value.worklog' } } },
        { match: '"(?:[^"\\\\]|\\\\.)*"', name: 'string.quoted.double.worklog' },
        { match: '`[^`]*`', name: 'string.quoted.other.worklog' },
        { match: '[^\\s"`%>=}]+', name: 'variable.parameter.worklog' },
      ],
    },
    'lab-link': {
      patterns: [
        {
          comment: 'An autolink to a lab: <https://000038.awsstudygroup.com/...>, the lab id apart.',
          match: '(?i)(<)((?:https?://)?)(\\d+)(\\.awsstudygroup\\.com\\b[^>\\s]*)(>)',
          name: 'meta.link.lab.worklog',
          captures: {
            1: { name: 'punctuation.definition.link.markdown.worklog' },
            2: { name: 'markup.underline.link.worklog string.other.link.worklog' },
            3: { name: 'markup.underline.link.worklog constant.numeric.lab-id.worklog' },
            4: { name: 'markup.underline.link.worklog string.other.link.worklog' },
            5: { name: 'punctuation.definition.link.markdown.worklog' },
          },
        },
        {
          comment: 'A Markdown link to a lab: [text](https://000038.awsstudygroup.com/...), the lab id apart.',
          match: '(?i)(\\[)((?:[^\\[\\]\\\\]|\\\\.)*)(\\])(\\()(https?://)(\\d+)(\\.awsstudygroup\\.com\\b[^)\\s]*)(\\))',
          name: 'meta.link.inline.markdown meta.link.lab.worklog',
          captures: {
            1: { name: 'punctuation.definition.link.title.begin.markdown' },
            2: { name: 'string.other.link.title.markdown', patterns: [{ include: 'text.html.markdown#inline' }] },
            3: { name: 'punctuation.definition.link.title.end.markdown' },
            4: { name: 'punctuation.definition.metadata.markdown' },
            5: { name: 'markup.underline.link.worklog string.other.link.worklog' },
            6: { name: 'markup.underline.link.worklog constant.numeric.lab-id.worklog' },
            7: { name: 'markup.underline.link.worklog string.other.link.worklog' },
            8: { name: 'punctuation.definition.metadata.markdown' },
          },
        },
        {
          comment: 'A bare lab URL, not inside a Markdown link.',
          match: '(?i)(?<![\\w/(<])(https?://)(\\d+)(\\.awsstudygroup\\.com\\b(?:[^\\s<>|()\\[\\]]*[^\\s<>|()\\[\\].,;:!?\'"*_])?)',
          name: 'meta.link.lab.worklog',
          captures: {
            1: { name: 'markup.underline.link.worklog string.other.link.worklog' },
            2: { name: 'markup.underline.link.worklog constant.numeric.lab-id.worklog' },
            3: { name: 'markup.underline.link.worklog string.other.link.worklog' },
          },
        },
      ],
    },
    'line-break': {
      comment: 'The <br> that starts a sub-task line inside a cell.',
      match: '(?i)(<)(br)\\s*(/?)(>)',
      name: 'meta.tag.inline.br.worklog',
      captures: {
        1: { name: 'punctuation.definition.tag.begin.worklog' },
        2: { name: 'entity.name.tag.br.worklog' },
        3: { name: 'punctuation.definition.tag.end.worklog' },
        4: { name: 'punctuation.definition.tag.end.worklog' },
      },
    },
    entity: {
      comment: 'The spacing entities that indent a sub-task: &emsp; &ensp; &nbsp;.',
      match: '(&)(emsp|ensp|nbsp|thinsp)(;)',
      name: 'constant.character.entity.named.$2.worklog',
      captures: {
        1: { name: 'punctuation.definition.entity.worklog' },
        3: { name: 'punctuation.definition.entity.worklog' },
      },
    },
    'sub-bullet': {
      comment: 'The bullet of a sub-task, right after <br> or &emsp;: <br>&emsp; + Read the notes.',
      match: '(?i)(?<=&emsp;|&emsp; |&ensp;|&ensp; |&nbsp;|&nbsp; |<br>|<br> |<br/>|<br/> |<br />|<br /> )([+*•-])(?=\\s)',
      captures: { 1: { name: 'punctuation.definition.list.begin.markdown.worklog' } },
    },
    date: {
      comment: 'Dates in the shapes worklogs write, with a year: 10/20/2025, 20/10/2025, 20-10-2025, 2025-10-20, Oct 20, 2025, 20 Oct 2025, 20 tháng 10 năm 2025.',
      patterns: [
        { match: `${B}\\d{4}[-/.]${MON12}[-/.]${DAY31}(?![\\p{L}\\p{N}])`, name: DATE_NAME },
        { match: `${B}(?:${MON12}[/.-]${DAY31}|${DAY31}[/.-]${MON12})[/.-](?:\\d{4}|\\d{2})(?![\\p{L}\\p{N}])`, name: DATE_NAME },
        { match: `(?i)${B}${MONTH}\\.?\\s+${DAY31}(?:st|nd|rd|th)?,?\\s+\\d{4}${W}`, name: DATE_NAME },
        { match: `(?i)${B}${DAY31}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}${W}`, name: DATE_NAME },
        { match: `(?i)${B}${DAY31}\\s+${THANG}\\s+${MON12},?\\s+(?:${NAM}\\s+)?\\d{4}${W}`, name: DATE_NAME },
      ],
    },
  },
};

const fm = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Worklog front matter',
  scopeName: 'worklog.frontmatter.injection',
  injectionSelector: 'L:meta.embedded.block.frontmatter meta.mapping.yaml -meta.map.value.yaml -comment -string',
  patterns: [
    {
      comment: 'The keys a week page needs: title, date, weight, pre.',
      match: '^(title|date|weight|pre)(?=[ \\t]*:(?:\\s|$))',
      name: 'support.type.property-name.frontmatter.worklog',
    },
  ],
};
const outputs = {
  'worklog.injection.tmLanguage.json': grammar,
  'worklog.frontmatter.injection.tmLanguage.json': fm,
};
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, content] of Object.entries(outputs)) {
  const target = path.join(syntaxes, file);
  const text = `${JSON.stringify(content, null, 2)}\n`;
  if (!check) fs.writeFileSync(target, text);
  else if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
    console.error(`syntaxes/${file} is not what scripts/build-grammar.mjs writes: run node scripts/build-grammar.mjs`);
    stale++;
  }
}
process.exit(stale > 0 ? 1 : 0);
