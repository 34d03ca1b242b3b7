// Regenerates data/labs.json and data/template.json from the shared research data:
//   node scripts/data/build-data.mjs <folder holding labs.json and template-fingerprints.json>
// The template sentences are stored normalised (NFC, lower case, single spaces, no bullets or trailing
// punctuation) because the linter only compares against them; src/core/workspace/templateText.ts normalises the same way.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/data/build-data.mjs <folder with labs.json and template-fingerprints.json>');
  process.exit(2);
}
const out = new URL('../../data/', import.meta.url);

const labs = JSON.parse(readFileSync(join(source, 'labs.json'), 'utf8'));
writeFileSync(
  new URL('labs.json', out),
  JSON.stringify(
    {
      description: 'awsstudygroup.com lab ids seen in public FCJ worklogs, with the title interns most often wrote next to each (informative, not authoritative).',
      labs: labs.labs.map((l) => (l.title ? { id: l.id, title: l.title } : { id: l.id })),
    },
    null,
    1,
  ) + '\n',
);

/** Must match `normalizeSentence` in src/core/workspace/templateText.ts. */
function normalize(text) {
  return text
    .normalize('NFC')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^([-+*•]|\d+[.)])\s+/, '')
    .replace(/[\s.:;,!…]+$/, '');
}

const fingerprints = JSON.parse(readFileSync(join(source, 'template-fingerprints.json'), 'utf8'));
const sentences = Object.values(fingerprints.week1Sentences).flat().map(normalize);
writeFileSync(
  new URL('template.json', out),
  JSON.stringify(
    {
      description: "The public FCJ worklog template's week-1 sentences and its 'do not copy verbatim' notice, normalised, so copies of them in later weeks can be found.",
      noticePhrases: fingerprints.noticeBlock.mustContainOneOf.map(normalize),
      week1Sentences: [...new Set(sentences)],
    },
    null,
    1,
  ) + '\n',
);
