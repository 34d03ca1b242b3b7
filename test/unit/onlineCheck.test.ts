// The online check against a local server on 127.0.0.1: verdicts, retries, cache, politeness, time limits, cancellation.
import * as assert from 'node:assert/strict';
import type { LookupFunction } from 'node:net';
import { Limits, Verdict, VerdictCache, checkLinks, parseConfig, remapRules, remapUrl } from '../../src/core';
import { judgeAnswer, retryAfterMs, softNotFound } from '../../src/core/links/onlineVerdict';
import { ClosableTransport, httpTransport } from '../../src/node/httpTransport';
import { nodeHttpTransport } from '../../src/node/nodeHttpTransport';
import { LinkServer, closedPort, startLinkServer } from './linkServer';

/** `*.lab.test` is this machine; `*.invalid` does not exist. Nothing else is looked up. */
const lookup = ((hostname: string, options: unknown, callback: (err: Error | null, address: string | Array<{ address: string; family: number }>, family?: number) => void) => {
  if (hostname.endsWith('.invalid')) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return callback(error, '', 4);
  }
  if (!hostname.endsWith('.lab.test')) return callback(Object.assign(new Error(`no network in tests: ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
  const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
  if (all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as unknown as LookupFunction;

const FAST: Partial<Limits> = { timeoutMs: 400, hostBudgetMs: 1_000, backoffMs: 50, minIntervalMs: 0 };

describe('online link check (local server)', function () {
  this.timeout(20_000);
  let server: LinkServer;
  let transport: ClosableTransport;
  let remap: ReturnType<typeof remapRules>;

  before(async () => {
    server = await startLinkServer();
    transport = httpTransport({ lookup });
    // Lab hosts keep their own names (so limits are per lab host) and reach the local server through the resolver.
    remap = remapRules([`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://$1.lab.test:${server.port}/$2`]);
  });
  after(async () => {
    await transport.destroy();
    await server.close();
  });
  beforeEach(() => server.reset());

  const lab = (id: number, path: string) => `https://${String(id).padStart(6, '0')}.awsstudygroup.com/${path}`;
  const check = (urls: string[], extra: { limits?: Partial<Limits>; cache?: VerdictCache; signal?: AbortSignal } = {}) =>
    checkLinks(urls, { transport, remap, ...extra, limits: { ...FAST, ...extra.limits } });
  const only = async (url: string, limits?: Partial<Limits>): Promise<Verdict> => (await check([url], { limits })).get(url) as Verdict;

  it('200 is fine; HEAD refused with 405 is asked again with GET', async () => {
    assert.equal((await only(lab(1, 'ok/'))).status, 'ok');
    assert.deepEqual(server.hits.map((h) => h.method), ['HEAD']);
    server.reset();
    const verdict = await only(lab(2, 'head405/'));
    assert.equal(verdict.status, 'ok');
    assert.deepEqual(server.hits.map((h) => h.method), ['HEAD', 'GET']);
  });

  it('follows a 301 to the same host and judges where it ends', async () => {
    const verdict = await only(lab(3, 'moved/'));
    assert.equal(verdict.status, 'ok');
    assert.deepEqual(server.hits.map((h) => h.path), ['/moved/', '/ok/']);
  });

  it('a redirect to the portal home page is a soft 404: broken, and the portal is not asked', async () => {
    const verdict = await only(lab(4, 'home/'));
    assert.equal(verdict.status, 'broken');
    assert.deepEqual(verdict.reason, { kind: 'portalHome', to: 'https://awsstudygroup.com/' });
    assert.equal(server.hits.length, 1);
  });

  it('a redirect to another site is broken too, and that site is not asked', async () => {
    const verdict = await only(lab(41, 'elsewhere/'));
    assert.deepEqual([verdict.status, verdict.reason], ['broken', { kind: 'otherHost', to: 'https://unrelated.example.org/start' }]);
    assert.equal(server.hits.length, 1);
  });

  it('404 and 410 are broken, asked once', async () => {
    assert.deepEqual((await only(lab(5, 'missing/'))).reason, { kind: 'status', status: 404 });
    assert.deepEqual((await only(lab(6, 'gone/'))).reason, { kind: 'status', status: 410 });
    assert.equal(server.hits.length, 2);
    assert.equal((await only(lab(5, 'missing/'))).status, 'broken');
  });

  it('429 is retried after Retry-After and stays unverified, never broken', async () => {
    const verdict = await only(lab(7, 'busy/'));
    assert.equal(verdict.status, 'unverified');
    assert.deepEqual(verdict.reason, { kind: 'status', status: 429 });
    assert.equal(server.hits.length, 3, 'one request and two retries');
    for (let i = 1; i < 3; i++) assert.ok(server.hits[i].at - server.hits[i - 1].at >= 950, `retry ${i} waited ${server.hits[i].at - server.hits[i - 1].at} ms; Retry-After said 1 s`);
  });

  it('a 429 that clears on the retry is fine', async () => {
    assert.equal((await only(lab(8, 'busyonce/'))).status, 'ok');
    assert.equal(server.hits.length, 2);
  });

  it('500 is retried with backoff and stays unverified', async () => {
    const verdict = await only(lab(9, 'error/'));
    assert.deepEqual([verdict.status, verdict.reason], ['unverified', { kind: 'status', status: 500 }]);
    assert.equal(server.hits.length, 3);
  });

  it('a hang past the time-out is unverified, and a hanging host costs at most its budget in all', async () => {
    const urls = [1, 2, 3, 4, 5].map((n) => lab(10, `p${n}/hang`));
    const started = Date.now();
    const verdicts = await check(urls);
    const elapsed = Date.now() - started;
    for (const url of urls) assert.equal(verdicts.get(url)?.status, 'unverified', url);
    // Unbounded, five links with three tries of 400 ms each, two at a time, would take about 4 s.
    assert.ok(elapsed < 2_000, `took ${elapsed} ms; the host budget is 1000 ms`);
    assert.ok(elapsed >= 400, `took ${elapsed} ms: the first request waits its whole time-out`);
  });

  it('a closed port is broken (connection refused); an unknown host name is broken (DNS)', async () => {
    const port = await closedPort();
    const refused = await checkLinks([lab(11, '')], { transport, remap: remapRules([`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://$1.lab.test:${port}/$2`]), limits: FAST });
    assert.deepEqual([refused.get(lab(11, ''))?.status, refused.get(lab(11, ''))?.reason.kind], ['broken', 'refused']);
    const dns = await checkLinks([lab(12, '')], { transport, remap: remapRules([`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://$1.nowhere.invalid:${port}/$2`]), limits: FAST });
    assert.deepEqual([dns.get(lab(12, ''))?.status, dns.get(lab(12, ''))?.reason.kind], ['broken', 'dns']);
  });

  it('a second run asks nothing about cached answers; unverified ones are asked again', async () => {
    const cache = new VerdictCache();
    const urls = [lab(13, 'ok/'), lab(14, 'missing/'), lab(15, 'error/')];
    const first = await check(urls, { cache });
    assert.deepEqual(urls.map((u) => first.get(u)?.status), ['ok', 'broken', 'unverified']);
    server.reset();
    const second = await check(urls, { cache });
    assert.deepEqual(urls.map((u) => second.get(u)?.status), ['ok', 'broken', 'unverified']);
    assert.deepEqual([...new Set(server.hits.map((h) => h.host.split('.')[0]))], ['000015']);
    assert.equal(second.get(urls[0])?.fromCache, true);
  });

  it('the cache keeps answers for its TTL only, and survives being written and read back', () => {
    let now = 1_000_000;
    const cache = new VerdictCache(60_000, () => now);
    cache.set('https://a/', { status: 'ok', reason: { kind: 'status', status: 200 }, checked: 'https://a/' });
    cache.set('https://b/', { status: 'unverified', reason: { kind: 'timeout' }, checked: 'https://b/' });
    const copy = new VerdictCache(60_000, () => now);
    copy.load(cache.serialize());
    assert.equal(copy.get('https://a/')?.status, 'ok');
    assert.equal(copy.get('https://b/'), undefined, 'time-outs are never cached');
    now += 60_000;
    assert.equal(copy.get('https://a/'), undefined, 'stale after the TTL');
    copy.load('{ not json');
    copy.load('null');
  });

  it('never sends more than the per-host limit to one host, nor more than the global limit in all', async () => {
    const slow = await startLinkServer(40);
    try {
      const slowRemap = remapRules([`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://$1.lab.test:${slow.port}/$2`]);
      const oneHost = Array.from({ length: 12 }, (_, i) => lab(20, `page${i}/`));
      await checkLinks(oneHost, { transport, remap: slowRemap, limits: { ...FAST, perHost: 2 } });
      assert.equal(slow.hits.length, 12);
      assert.equal(slow.peakPerHost(), 2, 'two at once on one host, never three');
      slow.reset();
      const manyHosts = Array.from({ length: 30 }, (_, i) => lab(100 + i, 'ok/'));
      await checkLinks(manyHosts, { transport, remap: slowRemap, limits: { ...FAST, perHost: 2, global: 5 } });
      assert.equal(slow.hits.length, 30);
      assert.equal(slow.peakGlobal, 5);
    } finally {
      await slow.close();
    }
  });

  it('waits the minimum interval between two requests to one host', async () => {
    const urls = [1, 2, 3].map((n) => lab(30, `p${n}/`));
    // Timed where the requests leave, not where they arrive: a loaded machine delays arrivals unevenly.
    const starts: number[] = [];
    const timed = { request: (url: string, method: 'HEAD' | 'GET', signal: AbortSignal) => (starts.push(Date.now()), transport.request(url, method, signal)) };
    await checkLinks(urls, { transport: timed, remap, limits: { ...FAST, minIntervalMs: 150 } });
    assert.equal(starts.length, 3);
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i] - starts[i - 1] >= 149, `gap ${starts[i] - starts[i - 1]} ms`);
  });

  it('cancellation stops promptly, with the links finished so far', async () => {
    const controller = new AbortController();
    const urls = [lab(40, 'ok/'), ...[1, 2, 3].map((n) => lab(41 + n, 'hang'))];
    const pending = check(urls, { signal: controller.signal, limits: { timeoutMs: 10_000, hostBudgetMs: 30_000 } });
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const verdicts = await pending;
    assert.ok(Date.now() - started < 1_000, `stopped after ${Date.now() - started} ms`);
    assert.equal(verdicts.get(lab(40, 'ok/'))?.status, 'ok');
    assert.equal(verdicts.has(lab(42, 'hang')), false);
  });
});

describe('remap', () => {
  it('reads "PATTERN REPLACEMENT" from .worklogrc.json, reports bad entries and keeps the good ones', () => {
    const { config, problems } = parseConfig(JSON.stringify({ remap: ['^https://(\\d+)\\.awsstudygroup\\.com/ https://mirror.example/$1/', '([ nope', 'one-part'] }));
    assert.deepEqual(config.remap, ['^https://(\\d+)\\.awsstudygroup\\.com/ https://mirror.example/$1/']);
    assert.equal(problems.length, 2);
    assert.match(problems[1], /expected "PATTERN REPLACEMENT"/);
    assert.deepEqual(parseConfig('{"remap": "x y"}').problems, ['remap: expected an array of "PATTERN REPLACEMENT" strings']);
  });

  it('rewrites with the first rule that matches, $1 for its groups, and leaves other URLs alone', () => {
    const rules = remapRules(['^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:8080/$1/$2', '^https://000001 http://never/']);
    assert.equal(remapUrl('https://000001.awsstudygroup.com/2-lab/', rules), 'http://127.0.0.1:8080/000001/2-lab/');
    assert.equal(remapUrl('https://example.com/', rules), 'https://example.com/');
  });
});

describe('what one answer means', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('reads Retry-After in seconds or as an HTTP date', () => {
    assert.equal(retryAfterMs('7', now), 7_000);
    assert.equal(retryAfterMs('Mon, 02 Mar 2026 10:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs(undefined, now), undefined);
  });

  it('keeps http → https and www on the same site, and a portal link going to its own home page', () => {
    assert.equal(softNotFound('http://000001.awsstudygroup.com/', 'https://000001.awsstudygroup.com/'), undefined);
    assert.equal(softNotFound('https://example.org/a', 'https://www.example.org/a'), undefined);
    assert.equal(softNotFound('https://cloudjourney.awsstudygroup.com/', 'https://cloudjourney.awsstudygroup.com/vi/'), undefined);
    assert.equal(softNotFound('https://000001.awsstudygroup.com/', 'https://cloudjourney.awsstudygroup.com/')?.kind, 'portalHome');
  });

  it('never calls 401, 403 or 5xx broken', () => {
    for (const status of [401, 403, 418]) assert.deepEqual(judgeAnswer('https://a.example/', { status }, now), { kind: 'verdict', status: 'unverified', reason: { kind: 'status', status } });
    assert.equal(judgeAnswer('https://a.example/', { status: 503, retryAfter: '2' }, now).kind, 'retry');
    assert.equal(judgeAnswer('https://a.example/', { status: 302 }, now).kind, 'verdict', 'a redirect without Location');
  });
});

describe("the editor's transport (Node's http, which VS Code proxies)", function () {
  this.timeout(20_000);
  it('gives the same verdicts as undici against the local server', async () => {
    const server = await startLinkServer();
    const port = await closedPort();
    try {
      const remap = remapRules([`^https://000009\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:${port}/$1`, `^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:${server.port}/$1/$2`]);
      const urls = ['ok/', 'missing/', 'head405/', 'home/'].map((p, i) => `https://00000${i + 1}.awsstudygroup.com/${p}`);
      const verdicts = await checkLinks([...urls, 'https://000009.awsstudygroup.com/'], { transport: nodeHttpTransport('test'), remap, limits: FAST });
      assert.deepEqual([...urls, 'https://000009.awsstudygroup.com/'].map((u) => `${verdicts.get(u)?.status} ${verdicts.get(u)?.reason.kind}`), ['ok status', 'broken status', 'ok status', 'broken portalHome', 'broken refused']);
    } finally {
      await server.close();
    }
  });
});
