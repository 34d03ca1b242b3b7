#!/usr/bin/env node
// Grammar tests: the worklog injection grammars over the Markdown and YAML grammars of the pinned VS Code build
// (from the test host install, so the scopes checked are the ones the editor shows).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { ensureHost, repoRoot } from './install.mjs';

const stale = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-grammar.mjs'), '--check'], { stdio: 'inherit' });
if (stale.status !== 0) process.exit(1);
const paths = await ensureHost();
const extensions = path.join(paths.codeServerPkgDir, 'lib', 'vscode', 'extensions');
const bases = [
  path.join(extensions, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
  ...['yaml', 'yaml-1.0', 'yaml-1.1', 'yaml-1.2', 'yaml-1.3', 'yaml-embedded'].map((name) => path.join(extensions, 'yaml', 'syntaxes', `${name}.tmLanguage.json`)),
];
const missing = bases.filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  console.error(`[grammar] base grammars not found in the test host: ${missing.join(', ')}\n[grammar] reinstall it with: npm run host:install`);
  process.exit(2);
}
const cli = createRequire(path.join(repoRoot, 'package.json')).resolve('vscode-tmgrammar-test/dist/unit.js');
const cases = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['test/grammar/*.test.md'];
const result = spawnSync(process.execPath, [cli, ...bases.flatMap((file) => ['-g', file]), ...cases], { cwd: repoRoot, encoding: 'utf8' });
// Fenced code blocks name some forty languages whose grammars the tests do not load; those notices are noise.
const shown = (text) => text.split('\n').filter((line) => !/^grammar not found for "/.test(line)).join('\n');
process.stdout.write(shown(result.stdout ?? ''));
process.stderr.write(shown(result.stderr ?? ''));
if (result.error) console.error(`[grammar] could not run vscode-tmgrammar-test: ${result.error.message}`);
process.exit(result.status ?? 1);
