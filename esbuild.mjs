// Bundles the extension (one file for every host), the CLI and the preview's webview script; type-checking is `npm run typecheck` (tsc --noEmit).
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
  define: { WORKLOG_VERSION: JSON.stringify(version) },
};

/**
 * Node built-ins stay outside the bundle and may be imported only by the Node-only pieces, which main.ts loads on the
 * Node host alone: anywhere else one would break the web extension host, so the build fails instead.
 */
const nodeOnlyBuiltins = {
  name: 'node-only-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) =>
      /[\\/]src[\\/](node|workers)[\\/]/.test(args.importer)
        ? { path: args.path, external: true }
        : { errors: [{ text: `${args.path} is imported by ${path.relative('.', args.importer)}: only src/node/ and src/workers/ run on Node alone` }] },
    );
  },
};

/**
 * The CLI's bundles require each other at run time instead of holding one another: dist/cli.js loads the check or the
 * report command, and only --online loads undici's bundle, so a run reads and compiles only what its command needs.
 */
const cliApart = {
  name: 'cli-apart',
  setup(build) {
    const apart = { './commands': './cliCommands.js', './reportCommand': './cliReport.js', './online': './cliOnline.js' };
    build.onResolve({ filter: /^\.\/(commands|reportCommand|online)$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: apart[args.path], external: true } : undefined,
    );
  },
};

const builds = [
  // One bundle for the Node extension host, the web extension host (github.dev) and the Node host's render thread:
  // built for the browser, so a package's browser build is taken and an unprefixed Node built-in fails the build.
  {
    ...common,
    entryPoints: ['src/main.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    platform: 'browser',
    target: ['es2022', 'node20'],
    mainFields: ['browser', 'module', 'main'],
    // The web extension host is a web worker (no DOM): packages' worker builds over their DOM builds.
    conditions: ['worker'],
    plugins: [oneYaml, nodeOnlyBuiltins],
    inject: ['src/web/buffer.ts'],
    define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
  },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [...common.plugins, cliApart] },
  { ...common, entryPoints: ['src/cli/commands.ts'], outfile: 'dist/cliCommands.js', plugins: [...common.plugins, cliApart] },
  { ...common, entryPoints: ['src/cli/reportCommand.ts'], outfile: 'dist/cliReport.js', plugins: [...common.plugins, cliApart] },
  // --online: the link checker and its client, undici, the biggest package the CLI carries.
  { ...common, entryPoints: ['src/cli/online.ts'], outfile: 'dist/cliOnline.js' },
  // `worklog-lint --jobs N` checks sites in worker threads running this script beside dist/cli.js.
  { ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js' },
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
