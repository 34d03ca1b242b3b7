#!/usr/bin/env node
// Prepares a release: sets the version everywhere it is written, checks that CHANGELOG.md's top entry is that
// version, and builds both artefacts (the .vsix and the CLI's npm tarball). Publishing stays a manual step.
// Usage: npm run release -- 0.2.0      (or --check: only verify that every version agrees with package.json)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = (name) => path.join(root, name);
const read = (name) => fs.readFileSync(file(name), 'utf8');

/** Every place a released version is written, as [file, pattern whose group 1 is the version]. */
const VERSION_SITES = [
  ['action.yml', /^ {2}version:\n(?: {4}.*\n)*? {4}default: (\S+)$/m],
  ['.pre-commit-hooks.yaml', /'worklog-lint@([^']+)'/],
  ['README.md', /worklog-studio\/worklog-studio@v(\S+)/],
  ['README.md', /^ {2}rev: v(\S+)$/m],
];

function changelogTop() {
  return /^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1];
}

/** The newest released entry: changes not released yet gather above it under "## Unreleased". */
function changelogReleased() {
  return /^## (?!Unreleased$)(\S+)$/m.exec(read('CHANGELOG.md'))?.[1];
}

function check(version) {
  const problems = [];
  if (changelogReleased() !== version) problems.push(`CHANGELOG.md's newest released entry is ${changelogReleased()}, not ${version}`);
  for (const [name, pattern] of VERSION_SITES) {
    const found = pattern.exec(read(name))?.[1];
    if (found !== version) problems.push(`${name} names version ${found ?? '(none)'}, not ${version}`);
  }
  return problems;
}

const args = process.argv.slice(2);
if (args[0] === '--check') {
  const version = JSON.parse(read('package.json')).version;
  const problems = check(version);
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? `every version is ${version}` : `${problems.length} place(s) disagree with ${version}`);
  process.exit(problems.length === 0 ? 0 : 1);
}

const version = args[0];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: npm run release -- X.Y.Z   |   npm run release -- --check');
  process.exit(2);
}
if (changelogTop() !== version) {
  console.error(`CHANGELOG.md's top entry is ${changelogTop()}: write the "## ${version}" entry first (rename "## Unreleased")`);
  process.exit(1);
}
execFileSync('npm', ['version', version, '--no-git-tag-version', '--allow-same-version'], { cwd: root, stdio: 'inherit' });
for (const [name, pattern] of VERSION_SITES) {
  const text = read(name);
  const match = pattern.exec(text);
  if (!match) throw new Error(`${name}: no version found by ${pattern}`);
  const at = match.index + match[0].indexOf(match[1]);
  fs.writeFileSync(file(name), text.slice(0, at) + version + text.slice(at + match[1].length));
}
const problems = check(version);
if (problems.length > 0) throw new Error(problems.join('\n'));

execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
const cliLines = execFileSync('npm', ['run', 'pack:cli', '--silent'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n');
const vsix = file(`${JSON.parse(read('package.json')).name}-${version}.vsix`);
const tarball = cliLines[cliLines.length - 1];
console.log(`
Built ${path.relative(root, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KB) and ${path.relative(root, tarball)}.
Publish (see CONTRIBUTING.md, "Releasing"):
  git commit -am "Release ${version}" && git tag v${version} && git push --follow-tags
  npx vsce publish --packagePath ${path.relative(root, vsix)}        # VSCE_PAT: Marketplace token
  npx ovsx publish ${path.relative(root, vsix)}                      # OVSX_PAT: Open VSX token
  npm publish ${path.relative(root, tarball)}`);
console.log(vsix);
