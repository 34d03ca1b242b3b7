// Builds what users install (npm run package, npm run pack:cli) and checks them as a user and the registries would.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yauzl from 'yauzl';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string; engines: { vscode: string; node: string } };
// One bundle serves the Node host, the web host (github.dev) and the Node host's render thread, so the core, the
// renderer and every library ship once.
const MAX_VSIX_BYTES = 350 * 1024;

const npm = (args: string[], cwd = root) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function zipEntries(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const CLI_BUNDLES = ['dist/cli.js', 'dist/cliCommands.js', 'dist/cliOnline.js', 'dist/cliReport.js', 'dist/lintWorker.js'];

/** Package folders whose files the production build bundled into the extension's own files, or into the CLI's. */
function bundledPackages(of: 'extension' | 'cli' = 'extension'): string[] {
  const inputs = JSON.parse(fs.readFileSync(path.join(root, 'out', 'bundle-inputs.json'), 'utf8')) as Record<string, string[]>;
  const names = new Set<string>();
  for (const [bundle, files] of Object.entries(inputs)) {
    if (CLI_BUNDLES.includes(bundle) !== (of === 'cli')) continue;
    for (const file of files) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(file);
      if (match) names.add(match[1]);
    }
  }
  return [...names].sort();
}

describe('The .vsix (npm run package)', () => {
  const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  let entries: Map<string, Buffer>;

  before(async () => {
    fs.rmSync(vsix, { force: true });
    npm(['run', 'package', '--silent']);
    entries = await zipEntries(vsix);
  });

  it(`is at most ${MAX_VSIX_BYTES / 1024} KB`, () => {
    const size = fs.statSync(vsix).size;
    console.log(`      ${path.basename(vsix)}: ${(size / 1024).toFixed(1)} KB, ${entries.size} entries`);
    assert.ok(size <= MAX_VSIX_BYTES, `${size} bytes`);
  });

  it('holds only the runtime files vsce ls lists: no CLI, no source maps, no sources or tests', () => {
    const listed = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).trim().split('\n').sort();
    const packed = [...entries.keys()].filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length));
    // vsce lower-cases the README and CHANGELOG names and packs LICENSE as LICENSE.txt; otherwise the lists agree.
    const same = (names: string[]) => names.map((name) => name.toLowerCase().replace(/^license\.txt$/, 'license')).sort();
    assert.deepEqual(same(packed), same(listed));
    for (const required of ['dist/extension.js', 'dist/webview/preview.js', 'media/icon.png', 'media/walkthrough/open-worklog.svg', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'l10n/bundle.l10n.vi.json']) {
      assert.ok(listed.includes(required), `${required} is not packaged: ${listed.join(', ')}`);
    }
    for (const name of listed) {
      assert.doesNotMatch(name, /\.map$|^dist\/(cli|cliCommands|lintWorker)\.js$|^(src|test|scripts|node_modules|out|docs|example|data)\//, name);
    }
  });

  it('carries minified bundles without source map references', () => {
    for (const bundle of ['dist/extension.js']) {
      const text = entries.get(`extension/${bundle}`)?.toString('utf8') ?? '';
      assert.ok(text.length > 10_000, bundle);
      // Template literals keep their line breaks, so count characters per line rather than lines; the cohort report's
      // inline sorting script is such a literal, so a few formatter-indented statement lines remain.
      const lines = text.split('\n');
      const indented = lines.filter((line) => /^ {2,}(const|let|return|if) /.test(line)).length;
      assert.ok(text.length / lines.length > 1000 && indented < 20, `${bundle} is not minified (${lines.length} lines, ${indented} indented statements)`);
      assert.doesNotMatch(text, /sourceMappingURL/, bundle);
    }
  });

  it('runs one bundle in both hosts, and renders the preview in a worker thread from it', async () => {
    const packedManifest = JSON.parse(entries.get('extension/package.json')?.toString('utf8') ?? '{}') as { main?: string; browser?: string };
    assert.deepEqual([packedManifest.main, packedManifest.browser], ['./dist/extension.js', './dist/extension.js']);
    // Outside VS Code (as in the render thread) the bundle loads without the vscode module and starts nothing.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-vsix-'));
    try {
      const bundle = path.join(dir, 'extension.js');
      fs.writeFileSync(bundle, entries.get('extension/dist/extension.js') ?? '');
      const { Worker } = await import('node:worker_threads');
      const worker = new Worker(`require(${JSON.stringify(bundle)}).runRenderWorker();`, { eval: true });
      const reply = await new Promise<{ ok: boolean; output?: { html: string } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, input: { path: 'content/1-Worklog/1.1-Week1/_index.md', text: '---\ntitle: "Week 1"\n---\n| Day | Task |\n| --- | --- |\n| 2 | Lab<br>&emsp; + EC2 |\n' } });
      });
      await worker.terminate();
      assert.ok(reply.ok, JSON.stringify(reply));
      assert.match(reply.output?.html ?? '', /<h1 class="wl-card-title">Week 1<\/h1>/);
      assert.match(reply.output?.html ?? '', /Lab<br>/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every bundled package with its licence in THIRD-PARTY-NOTICES.md', () => {
    const notices = entries.get('extension/THIRD-PARTY-NOTICES.md')?.toString('utf8') ?? '';
    const bundled = bundledPackages();
    assert.ok(bundled.length > 20, bundled.join(' '));
    for (const name of bundled) assert.match(notices, new RegExp(`^## ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}@\\d`, 'm'), `${name} is bundled but not in the notices`);
    assert.match(notices, /Permission is hereby granted, free of charge/);
  });

  it('passes the checks ovsx makes before it publishes to Open VSX (offline)', async () => {
    // ovsx reads the manifest from the .vsix to find the namespace, and refuses an extension without a licence.
    const { readVSIXPackage } = (await import('ovsx/lib/zip.js')) as { readVSIXPackage(file: string): Promise<{ publisher: string; name: string; version: string; license?: string; engines?: { vscode?: string } }> };
    const { isLicenseOk } = (await import('ovsx')) as { isLicenseOk(dir: string): Promise<boolean> };
    const packed = await readVSIXPackage(vsix);
    assert.deepEqual([packed.publisher, packed.name, packed.version], [manifest.publisher, manifest.name, manifest.version]);
    assert.equal(packed.engines?.vscode, manifest.engines.vscode);
    assert.equal(packed.license, 'MIT');
    assert.equal(await isLicenseOk(root), true);
    const vsixManifest = entries.get('extension.vsixmanifest')?.toString('utf8') ?? '';
    assert.match(vsixManifest, /<Asset Type="Microsoft\.VisualStudio\.Services\.Icons\.Default" Path="extension\/media\/icon\.png"/);
    assert.match(vsixManifest, /Microsoft\.VisualStudio\.Services\.Branding\.Color" Value="#[0-9a-fA-F]{6}"/);
  });
});

describe('The CLI on npm (npm run pack:cli)', () => {
  let tarball = '';
  let project = '';

  before(() => {
    const lines = execFileSync('npm', ['run', 'pack:cli', '--silent'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n');
    tarball = lines[lines.length - 1];
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-lint-install-'));
  });

  after(() => {
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  it('prints the tarball path last, and packs only the CLI with its README, licence and notices', () => {
    assert.ok(path.isAbsolute(tarball) && tarball.endsWith(`worklog-lint-${manifest.version}.tgz`) && fs.existsSync(tarball), tarball);
    const files = (JSON.parse(npm(['pack', '--dry-run', '--json', tarball], os.tmpdir())) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path).sort();
    assert.deepEqual(files, ['LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.md', 'dist/cli.js', 'dist/cliCommands.js', 'dist/cliOnline.js', 'dist/cliReport.js', 'dist/lintWorker.js', 'l10n/bundle.l10n.vi.json', 'package.json']);
  });

  it('names every package bundled into the CLI with its licence, undici (the --online client) among them', () => {
    const notices = execFileSync('tar', ['-xzOf', tarball, 'package/THIRD-PARTY-NOTICES.md'], { encoding: 'utf8' });
    const bundled = bundledPackages('cli');
    assert.ok(bundled.includes('undici'), bundled.join(' '));
    for (const name of bundled) assert.match(notices, new RegExp(`^## ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}@\\d`, 'm'), `${name} is bundled but not in the notices`);
  });

  it('installs into an empty folder and checks a page: the finding, its code, and exit status 1 for an error', () => {
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "a-site", "private": true }\n');
    npm(['install', '--no-audit', '--no-fund', '--offline', tarball], project);
    const installed = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'worklog-lint', 'package.json'), 'utf8')) as { engines: { node: string }; dependencies?: unknown };
    assert.equal(installed.engines.node, manifest.engines.node);
    assert.equal(installed.dependencies, undefined, 'the CLI is one bundle and needs no dependencies');
    const week = path.join(project, 'content', '1-Worklog', '1.1-Week1');
    fs.mkdirSync(week, { recursive: true });
    fs.writeFileSync(
      path.join(week, '_index.md'),
      [
        '---',
        'title: "Week 1 Worklog"',
        'weight: 1',
        'chapter: false',
        'pre: " <b> 1.1. </b> "',
        '---',
        '',
        '### Tasks this week:',
        '',
        '| Day | Task | Start Date | Completion Date | Reference Material |',
        '| --- | --- | --- | --- | --- |',
        '| 2 | Set up the account | 09/08/2025 | 09/08/2025 | <https://000001.awsstudygroup.com/> |',
        '| 3 | Read about IAM | 09/31/2025 | 09/31/2025 | <https://000002.awsstudygroup.com/> |',
        '',
      ].join('\n'),
    );
    const bin = path.join(project, 'node_modules', '.bin', 'worklog-lint');
    const version = spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    assert.equal(version.stdout.trim(), manifest.version);
    const result = spawnSync(bin, ['content'], { cwd: project, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    // Each file once as a header (relative to the folder given), its findings indented under it.
    assert.match(result.stdout, /^1-Worklog\/1\.1-Week1\/_index\.md\n +13:\d+ +error +date\.invalid +09\/31\/2025 is not a date/m);
    // The worker threads of --jobs load dist/lintWorker.js from the package and print the same.
    const parallel = spawnSync(bin, ['--jobs', '2', 'content'], { cwd: project, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
    assert.equal(parallel.stdout, result.stdout, parallel.stderr);
    const vi = spawnSync(bin, ['--locale', 'vi', 'content'], { cwd: project, encoding: 'utf8' });
    assert.equal(vi.status, 1);
    assert.doesNotMatch(vi.stdout, /is not a date/, 'the Vietnamese messages ship with the package');
    assert.match(vi.stdout, /date\.invalid/);
  });
});
