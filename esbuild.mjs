// Bundles the extension, the CLI, the preview's render worker and its webview script; type-checking is `npm run typecheck` (tsc --noEmit).
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
  define: { WORKLOG_VERSION: JSON.stringify(version), WORKLOG_HOST: '"node"' },
};

/** The web build takes a file's `.web.ts` twin where one exists: the preview renders in the web extension host itself. */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\/(previewRenderer|node\/onlineHost)$/ }, (args) => ({ path: path.join(args.resolveDir, `${args.path}.web.ts`) }));
  },
};

/** dist/cli.js requires the commands' bundle at run time instead of holding it (see src/cli/commands.ts). */
const commandsApart = {
  name: 'commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands$/ }, () => ({ path: './cliCommands.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [...common.plugins, commandsApart] },
  { ...common, entryPoints: ['src/cli/commands.ts'], outfile: 'dist/cliCommands.js' },
  // `worklog-lint --jobs N` checks sites in worker threads running this script beside dist/cli.js.
  { ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js' },
  // The renderer runs in a worker thread so a large page never blocks the extension host.
  { ...common, entryPoints: ['src/workers/renderWorker.ts'], outfile: 'dist/renderWorker.js' },
  // github.dev and vscode.dev: the same extension in a web worker, no Node built-ins (the bundle fails if one sneaks in).
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // The web extension host is a web worker (no DOM): packages' worker builds over their DOM builds.
    conditions: ['worker'],
    plugins: [webTwins],
    inject: ['src/web/buffer.ts'],
    define: { ...common.define, WORKLOG_HOST: '"web"', 'process.env.NODE_ENV': '"production"' },
  },
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
