#!/usr/bin/env node
// Builds the npm package of the CLI, `worklog-lint`: its own package.json, README, the bundled CLI, the Vietnamese
// messages, the licence and the notices of what the bundle holds. Prints the tarball's path as its last line.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const stage = path.join(root, 'out', 'cli-package');
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

run(process.execPath, ['esbuild.mjs', '--production']);
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(path.join(stage, 'dist'), { recursive: true });
fs.mkdirSync(path.join(stage, 'l10n'), { recursive: true });
// dist/cli.js loads the command's bundle (check, report, --online) and threads start dist/lintWorker.js, beside it.
const BUNDLES = ['cli.js', 'cliCommands.js', 'cliOnline.js', 'cliReport.js', 'lintWorker.js'];
for (const bundle of BUNDLES) fs.copyFileSync(path.join(root, 'dist', bundle), path.join(stage, 'dist', bundle));
fs.chmodSync(path.join(stage, 'dist', 'cli.js'), 0o755);
// The CLI looks for its messages in ../l10n beside dist/ (src/cli/locale.ts).
for (const file of fs.readdirSync(path.join(root, 'l10n'))) fs.copyFileSync(path.join(root, 'l10n', file), path.join(stage, 'l10n', file));
fs.copyFileSync(path.join(root, 'packaging', 'cli', 'README.md'), path.join(stage, 'README.md'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
run(process.execPath, ['scripts/notices.mjs', '--bundle', BUNDLES.map((b) => `dist/${b}`).join(','), '--out', path.join(stage, 'THIRD-PARTY-NOTICES.md')]);

const cliManifest = {
  name: 'worklog-lint',
  version: manifest.version,
  description: 'Checks FCJ internship worklogs (Hugo week pages): dates, weights, day tables and lab links; text, JSON or SARIF for CI.',
  keywords: ['worklog', 'fcj', 'hugo', 'markdown', 'lint', 'sarif', 'cli'],
  license: manifest.license,
  homepage: manifest.homepage,
  repository: { ...manifest.repository, directory: 'packaging/cli' },
  bugs: manifest.bugs,
  bin: { 'worklog-lint': 'dist/cli.js' },
  files: [...BUNDLES.map((b) => `dist/${b}`), 'l10n/', 'THIRD-PARTY-NOTICES.md'],
  engines: { node: manifest.engines.node },
};
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);

const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', path.join(root, 'out')], { cwd: stage }))[0];
const tarball = path.join(root, 'out', packed.filename);
console.log(`${packed.name}@${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`);
console.log(tarball);
