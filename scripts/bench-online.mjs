// Benchmark of the online lab-link check against a local server on 127.0.0.1 that answers after 50 ms.
//
//   node scripts/bench-online.mjs          (run by `npm run bench` at its end; `npm run bench:online` alone)
//   WORKLOG_BENCH_LINKS=N                   distinct lab links (default 500)
//   WORKLOG_BENCH_LATENCY_MS=N              the server's delay per answer (default 50)
//
// The core's checker runs with the shipped limits over the real undici transport. The lab hosts keep their own names
// (000001.awsstudygroup.com …) and reach the local server through an injected resolver, so the per-host limit applies
// per lab as it would online. It prints the wall-clock time of a first (cold) run, the most requests one host and all
// hosts had at once (as the server counted them), a second run answered by the cache, and the same links remapped to
// one mirror host, where the per-host limit and the pause between requests set the pace.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const LINKS = Number(process.env.WORKLOG_BENCH_LINKS ?? 500);
const LATENCY = Number(process.env.WORKLOG_BENCH_LATENCY_MS ?? 50);
const MIRROR_LINKS = Math.min(LINKS, 100);

export async function benchOnline() {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-online-'));
  try {
    const outfile = path.join(temp, 'online.cjs');
    await esbuild.build({
      stdin: {
        contents: [
          "export { checkLinks, remapRules, VerdictCache, DEFAULT_LIMITS } from './src/core';",
          "export { httpTransport } from './src/node/httpTransport';",
          "export { startLinkServer } from './test/unit/linkServer';",
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      logLevel: 'silent',
    });
    const { checkLinks, remapRules, VerdictCache, DEFAULT_LIMITS, httpTransport, startLinkServer } = require(outfile);
    const server = await startLinkServer(LATENCY);
    const lookup = (hostname, options, callback) => {
      if (!hostname.endsWith('.lab.test')) return callback(Object.assign(new Error(`no network in the benchmark: ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
      if (options && options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(null, '127.0.0.1', 4);
    };
    const transport = httpTransport({ lookup });
    try {
      const urls = Array.from({ length: LINKS }, (_, i) => `https://${String(i + 1).padStart(6, '0')}.awsstudygroup.com/`);
      const perLab = remapRules([`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://$1.lab.test:${server.port}/$2`]);
      const cache = new VerdictCache();
      const cold = await timed(() => checkLinks(urls, { transport, remap: perLab, cache }));
      const coldHits = server.hits.length;
      const peakHost = server.peakPerHost();
      const peakAll = server.peakGlobal;
      const broken = [...cold.result.values()].filter((v) => v.status !== 'ok').length;
      server.reset();
      const warm = await timed(() => checkLinks(urls, { transport, remap: perLab, cache }));
      const warmHits = server.hits.length;
      server.reset();
      const mirrorUrls = urls.slice(0, MIRROR_LINKS).map((u) => `${u}page/`);
      const mirror = remapRules([`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://mirror.lab.test:${server.port}/$1/$2`]);
      const oneHost = await timed(() => checkLinks(mirrorUrls, { transport, remap: mirror }));
      const mirrorPeak = server.peakPerHost();

      const l = DEFAULT_LIMITS;
      console.log(`\nOnline link check: ${LINKS} distinct lab links, local server on 127.0.0.1 answering after ${LATENCY} ms`);
      console.log(`limits: ${l.perHost} per host, ${l.global} in all, ${l.minIntervalMs} ms between two requests to a host, ${l.timeoutMs / 1000} s per request\n`);
      const rows = [
        ['first run (cold)', ms(cold.ms), ms(cold.cpuMs), String(coldHits), `${(LINKS / (cold.ms / 1000)).toFixed(0)} links/s`, `${peakHost} per host, ${peakAll} in all`],
        ['second run (cache)', ms(warm.ms), ms(warm.cpuMs), String(warmHits), '', ''],
        [`${MIRROR_LINKS} links on one mirror host`, ms(oneHost.ms), ms(oneHost.cpuMs), String(server.hits.length), `${(MIRROR_LINKS / (oneHost.ms / 1000)).toFixed(0)} links/s`, `${mirrorPeak} per host`],
      ];
      console.log(table(['', 'wall ms', 'CPU ms', 'requests', 'rate', 'most at once'], rows));
      console.log(`(load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores: the checker waits on the network; on a busy machine the CPU column shows what it cost.)`);
      if (broken > 0) console.log(`\n(!) ${broken} links were not judged fine: the figures above are not comparable.`);
    } finally {
      await transport.destroy();
      await server.close();
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** Wall-clock and CPU milliseconds (this process: the checker, undici and the local server together). */
async function timed(run) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result };
}

function ms(value) {
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchOnline();
