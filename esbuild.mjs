// Bundles the extension, the CLI, the preview's render worker and its webview script; type-checking is `npm run typecheck` (tsc --noEmit).
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * gray-matter loads its own js-yaml 3 (full schema) for a default YAML engine the project never uses: every
 * parse passes our js-yaml 4 engine (src/core/page/frontMatter.ts). Pointing its import at our js-yaml keeps
 * one YAML library in the bundles and off the start-up path.
 */
const oneYaml = {
  name: 'one-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, (args) =>
      /[\\/]gray-matter[\\/]/.test(args.importer) ? build.resolve('js-yaml', { kind: 'import-statement', resolveDir: import.meta.dirname }) : undefined,
    );
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  plugins: [oneYaml],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // Licences of bundled packages ship whole in THIRD-PARTY-NOTICES.md (npm run notices), not as scattered headers.
  legalComments: 'none',
  metafile: production,
  define: { WORKLOG_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // `worklog-lint --jobs N` checks sites in worker threads running this script beside dist/cli.js.
  { ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js' },
  // The renderer runs in a worker thread so a large page never blocks the extension host.
  { ...common, entryPoints: ['src/workers/renderWorker.ts'], outfile: 'dist/renderWorker.js' },
  { ...common, entryPoints: ['src/webview/preview.ts'], outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  // A clean dist/: a map or bundle left by an earlier build must never reach the package.
  rmSync('dist', { recursive: true, force: true });
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  if (production) {
    // The notices script reads which package files went into each bundle.
    const inputs = Object.fromEntries(builds.map((options, i) => [options.outfile, Object.keys(results[i].metafile.inputs)]));
    mkdirSync('out', { recursive: true });
    writeFileSync('out/bundle-inputs.json', `${JSON.stringify(inputs, null, 2)}\n`);
  }
}
