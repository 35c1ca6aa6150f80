import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import {
  fetchUrl,
  isPublicAddress,
  MAX_FETCH_BYTES,
  MAX_REDIRECTS,
  FETCH_TIMEOUT_MS,
} from '../../src/collect/fetch.ts';
import type { FetchOptions, FetchResult } from '../../src/collect/fetch.ts';

// Every request goes to this server on 127.0.0.1; nothing in this file may reach any other host.
const LOOPBACK = '127.0.0.1';
const onlyLoopback = (ip: string): boolean => ip === LOOPBACK;
const SMALL_CAP = 64 * 1024;
// Generous enough never to fire on a healthy run, small enough that a regression (e.g. a cap that is not
// enforced while streaming) shows up as 'timeout' instead of hanging the suite.
const GUARD_TIMEOUT_MS = 3_000;

const bombPlain = Buffer.alloc(8 * 1024 * 1024); // 8 MiB of zeros: compresses to a few KiB
const gzipBomb = zlib.gzipSync(bombPlain);
const brotliBomb = zlib.brotliCompressSync(bombPlain);
const script = 'document.querySelector("form").addEventListener("submit", steal);';

let server: http.Server;
let port = 0;
const hits = new Map<string, number>();
const hostHeaders: string[] = [];

// A gzip member header followed by empty, non-final stored deflate blocks: valid forever, decodes to nothing.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
const EMPTY_STORED_BLOCKS = Buffer.concat(Array.from({ length: 3000 }, () => Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff])));

function streamForever(response: http.ServerResponse, chunk = Buffer.alloc(16 * 1024, 0x61)): void {
  const pump = (): void => {
    while (!response.destroyed && response.write(chunk)) {
      // keep writing until the socket pushes back
    }
    if (!response.destroyed) response.once('drain', pump);
  };
  pump();
}

function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
  hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
  hostHeaders.push(request.headers.host ?? '');
  const redirect = (status: number, location: string): void => {
    response.writeHead(status, { location });
    response.end();
  };
  switch (url.pathname) {
    case '/script.js':
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    case '/r1':
      redirect(302, '/r2');
      return;
    case '/r2':
      redirect(303, `http://${LOOPBACK}:${port}/script.js`);
      return;
    case '/loop':
      redirect(301, '/loop');
      return;
    case '/to-other-loopback':
      redirect(307, `http://127.0.0.2:${port}/script.js`);
      return;
    case '/to-internal-name':
      redirect(308, `http://internal.corp.test:${port}/script.js`);
      return;
    case '/to-file':
      redirect(302, 'file:///etc/passwd');
      return;
    case '/echo-authorization':
      response.writeHead(200, { 'content-type': 'text/plain', 'x-taxii-date-added-last': '2026-11-24T10:00:00.000Z' });
      response.end(request.headers.authorization ?? '(none)');
      return;
    case '/same-origin-hop':
      redirect(302, '/echo-authorization');
      return;
    case '/other-origin-hop':
      redirect(302, `http://localhost:${port}/echo-authorization`);
      return;
    case '/endless':
      response.writeHead(200, { 'content-type': 'text/javascript' });
      streamForever(response);
      return;
    case '/gzip-of-nothing-forever':
      response.writeHead(200, { 'content-encoding': 'gzip' });
      response.write(GZIP_HEADER);
      streamForever(response, EMPTY_STORED_BLOCKS);
      return;
    case '/declares-huge':
      response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      response.flushHeaders(); // and never send the body: only the header may decide
      return;
    case '/exact-cap':
      response.writeHead(200, { 'content-length': String(SMALL_CAP) });
      response.end(Buffer.alloc(SMALL_CAP, 0x62));
      return;
    case '/gzip-bomb':
      response.writeHead(200, { 'content-encoding': 'gzip' });
      response.end(gzipBomb);
      return;
    case '/br-bomb':
      response.writeHead(200, { 'content-encoding': 'br' });
      response.end(brotliBomb);
      return;
    case '/gzip':
      response.writeHead(200, { 'content-encoding': 'gzip' });
      response.end(zlib.gzipSync(script));
      return;
    case '/deflate-then-gzip':
      response.writeHead(200, { 'content-encoding': 'deflate, gzip' });
      response.end(zlib.gzipSync(zlib.deflateSync(script)));
      return;
    case '/brotli':
      response.writeHead(200, { 'content-encoding': 'br' });
      response.end(zlib.brotliCompressSync(script));
      return;
    case '/weird-encoding':
      response.writeHead(200, { 'content-encoding': 'x-rot13' });
      response.end(script);
      return;
    case '/hang':
      return; // never answers
    case '/missing':
      response.writeHead(404);
      response.end('not here');
      return;
    default:
      response.writeHead(500);
      response.end();
  }
}

before(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  port = (server.address() as AddressInfo).port;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const base = (): string => `http://${LOOPBACK}:${port}`;
const viaLoopback = (extra: FetchOptions = {}): FetchOptions => ({
  isAddressAllowed: onlyLoopback,
  timeoutMs: GUARD_TIMEOUT_MS,
  ...extra,
});

function expectFailure(result: FetchResult, reason: string): string {
  assert.equal(result.ok, false, `expected ${reason}, got success`);
  if (result.ok) throw new Error('unreachable');
  assert.equal(result.reason, reason, result.message);
  assert.ok(result.message.length > 0);
  return result.message;
}

function expectBody(result: FetchResult): string {
  if (!result.ok) assert.fail(`expected success, got ${result.reason}: ${result.message}`);
  return result.body.toString('utf8');
}

describe('fetchUrl: address policy', () => {
  test('refuses loopback by default without connecting', async () => {
    hits.clear();
    const result = await fetchUrl(`${base()}/script.js`, { timeoutMs: GUARD_TIMEOUT_MS });
    const message = expectFailure(result, 'blocked_address');
    assert.match(message, /127\.0\.0\.1/);
    assert.equal(hits.get('/script.js'), undefined);
  });

  test('allowPrivate lets loopback through', async () => {
    const result = await fetchUrl(`${base()}/script.js`, { allowPrivate: true, timeoutMs: GUARD_TIMEOUT_MS });
    assert.equal(expectBody(result), script);
    assert.ok(result.ok);
    assert.equal(result.status, 200);
    assert.equal(result.contentType, 'text/javascript');
    assert.deepEqual(result.redirects, []);
  });

  test('refuses a hostname that resolves to a private address', async () => {
    const result = await fetchUrl(`http://intranet.test:${port}/script.js`, {
      timeoutMs: GUARD_TIMEOUT_MS,
      lookup: async () => ['10.0.0.1'],
    });
    assert.match(expectFailure(result, 'blocked_address'), /intranet\.test.*10\.0\.0\.1/);
  });

  test('refuses when any one of several resolved addresses is not allowed', async () => {
    const result = await fetchUrl(`http://mixed.test:${port}/script.js`, {
      ...viaLoopback(),
      lookup: async () => [LOOPBACK, '169.254.169.254'],
    });
    assert.match(expectFailure(result, 'blocked_address'), /169\.254\.169\.254/);
  });

  test('connects to the checked address without resolving again, keeping the hostname as Host', async () => {
    const answers = [[LOOPBACK], ['10.0.0.1']]; // a rebinding resolver: the second answer would be internal
    let lookups = 0;
    hostHeaders.length = 0;
    const result = await fetchUrl(`http://cdn.shop.test:${port}/script.js`, {
      ...viaLoopback(),
      lookup: async () => answers[lookups++] ?? [],
    });
    assert.equal(expectBody(result), script);
    assert.equal(lookups, 1);
    assert.deepEqual(hostHeaders, [`cdn.shop.test:${port}`]);
  });

  test('reports resolver failures as network errors', async () => {
    const result = await fetchUrl('http://nxdomain.test/', {
      lookup: async () => {
        throw new Error('getaddrinfo ENOTFOUND nxdomain.test');
      },
    });
    assert.match(expectFailure(result, 'network'), /nxdomain\.test/);
    expectFailure(await fetchUrl('http://empty.test/', { lookup: async () => [] }), 'network');
    expectFailure(await fetchUrl('http://junk.test/', { lookup: async () => ['not-an-ip'] }), 'network');
  });

  test('checks odd IP literal spellings as the address they denote, without DNS', async () => {
    const oddLoopbacks = [
      `http://2130706433:${port}/`,
      `http://0x7f.1:${port}/`,
      `http://0177.0.0.1:${port}/`,
      `http://127.1:${port}/`,
      `http://127.0.0.1.:${port}/`,
      `http://%31%32%37.0.0.1:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://[::1]:${port}/`,
      `http://[0:0:0:0:0:0:0:1]:${port}/`,
      `http://0:${port}/`,
      `http://[::]:${port}/`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://[fd00:ec2::254]/`,
    ];
    hits.clear();
    let lookups = 0;
    for (const url of oddLoopbacks) {
      const result = await fetchUrl(url, {
        timeoutMs: GUARD_TIMEOUT_MS,
        lookup: async () => {
          lookups++;
          return ['8.8.8.8'];
        },
      });
      expectFailure(result, 'blocked_address');
    }
    assert.equal(lookups, 0, 'IP literals must not go through DNS');
    assert.equal(hits.size, 0, 'nothing may reach the server');
  });

  test('an odd spelling of an allowed address is normalised and fetched', async () => {
    const result = await fetchUrl(`http://0x7f.0.0.1:${port}/script.js`, viaLoopback());
    assert.equal(expectBody(result), script);
    assert.ok(result.ok);
    assert.equal(result.url, `${base()}/script.js`);
  });
});

describe('fetchUrl: URLs and redirects', () => {
  test('refuses non-http schemes and unparsable URLs', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.test/x.js', 'data:text/javascript,alert(1)',
      'javascript:alert(1)', 'gopher://127.0.0.1:6379/_INFO', 'not a url', '//example.test/x.js', 'http://']) {
      expectFailure(await fetchUrl(url), 'bad_url');
    }
  });

  test('quotes an unparsable URL safely in the message', async () => {
    const message = expectFailure(await fetchUrl('\u001b[31mevil'), 'bad_url');
    assert.ok(!message.includes('\u001b'), 'control characters must not reach a terminal');
  });

  test('follows redirects and reports the chain', async () => {
    const result = await fetchUrl(`${base()}/r1`, viaLoopback());
    assert.equal(expectBody(result), script);
    assert.ok(result.ok);
    assert.equal(result.url, `${base()}/script.js`);
    assert.deepEqual(result.redirects, [`${base()}/r1`, `${base()}/r2`]);
  });

  test('refuses a redirect to another loopback address without connecting to it', async () => {
    const result = await fetchUrl(`${base()}/to-other-loopback`, viaLoopback());
    assert.match(expectFailure(result, 'blocked_address'), /127\.0\.0\.2/);
    assert.equal(result.url, `http://127.0.0.2:${port}/script.js`);
  });

  test('refuses a redirect to a hostname that resolves to an internal address', async () => {
    const looked: string[] = [];
    const result = await fetchUrl(`${base()}/to-internal-name`, {
      ...viaLoopback(),
      lookup: async (hostname) => {
        looked.push(hostname);
        return ['10.0.0.1'];
      },
    });
    assert.match(expectFailure(result, 'blocked_address'), /internal\.corp\.test.*10\.0\.0\.1/);
    assert.deepEqual(looked, ['internal.corp.test']);
  });

  test('extra request headers go to the first origin only; response headers come back', async () => {
    const options = { ...viaLoopback(), headers: { Authorization: 'Bearer feed-secret' }, lookup: async () => [LOOPBACK] };
    const direct = await fetchUrl(`${base()}/same-origin-hop`, options);
    assert.equal(expectBody(direct), 'Bearer feed-secret');
    assert.ok(direct.ok);
    assert.equal(direct.headers['x-taxii-date-added-last'], '2026-11-24T10:00:00.000Z');
    // localhost is another origin than 127.0.0.1, though the same server: the credential is not forwarded
    assert.equal(expectBody(await fetchUrl(`${base()}/other-origin-hop`, options)), '(none)');
  });

  test('refuses a redirect to a non-http scheme', async () => {
    expectFailure(await fetchUrl(`${base()}/to-file`, viaLoopback()), 'bad_url');
  });

  test('stops after maxRedirects', async () => {
    hits.clear();
    const result = await fetchUrl(`${base()}/loop`, viaLoopback({ maxRedirects: 3 }));
    expectFailure(result, 'too_many_redirects');
    assert.equal(hits.get('/loop'), 4, 'the first request plus three followed redirects');
    expectFailure(await fetchUrl(`${base()}/r1`, viaLoopback({ maxRedirects: 1 })), 'too_many_redirects');
    assert.ok((await fetchUrl(`${base()}/r1`, viaLoopback({ maxRedirects: 2 }))).ok);
  });

  test('the default redirect limit applies', async () => {
    hits.clear();
    expectFailure(await fetchUrl(`${base()}/loop`, viaLoopback()), 'too_many_redirects');
    assert.equal(hits.get('/loop'), MAX_REDIRECTS + 1);
  });

  test('reports a non-2xx final status', async () => {
    assert.match(expectFailure(await fetchUrl(`${base()}/missing`, viaLoopback()), 'http_status'), /404/);
    assert.match(expectFailure(await fetchUrl(`${base()}/nowhere`, viaLoopback()), 'http_status'), /500/);
  });

  test('a TLS failure is a network failure, not an exception', async () => {
    // https to a plain-HTTP server: exercises the https path with a pinned hostname, and fails in the handshake.
    const result = await fetchUrl(`https://secure.shop.test:${port}/script.js`, {
      ...viaLoopback(),
      lookup: async () => [LOOPBACK],
    });
    expectFailure(result, 'network');
  });
});

describe('fetchUrl: resource limits', () => {
  test('exports sane defaults', () => {
    assert.equal(MAX_FETCH_BYTES, 5 * 1024 * 1024);
    assert.equal(MAX_REDIRECTS, 5);
    assert.equal(FETCH_TIMEOUT_MS, 10_000);
  });

  test('aborts an endless streamed body at the cap', async () => {
    const result = await fetchUrl(`${base()}/endless`, viaLoopback({ maxBytes: SMALL_CAP }));
    expectFailure(result, 'too_large');
  });

  test('refuses a declared Content-Length above the cap before reading', async () => {
    const result = await fetchUrl(`${base()}/declares-huge`, viaLoopback({ maxBytes: SMALL_CAP }));
    assert.match(expectFailure(result, 'too_large'), /52428800/);
  });

  test('accepts a body of exactly the cap and refuses it when the cap is one byte smaller', async () => {
    const exact = await fetchUrl(`${base()}/exact-cap`, viaLoopback({ maxBytes: SMALL_CAP }));
    assert.equal(expectBody(exact).length, SMALL_CAP);
    expectFailure(await fetchUrl(`${base()}/exact-cap`, viaLoopback({ maxBytes: SMALL_CAP - 1 })), 'too_large');
  });

  test('caps the decoded size of a gzip bomb', async () => {
    const cap = 1024 * 1024;
    assert.ok(gzipBomb.length < cap, 'the compressed bomb itself is under the cap');
    expectFailure(await fetchUrl(`${base()}/gzip-bomb`, viaLoopback({ maxBytes: cap })), 'too_large');
  });

  test('caps the decoded size of a brotli bomb', async () => {
    const cap = 1024 * 1024;
    assert.ok(brotliBomb.length < cap);
    expectFailure(await fetchUrl(`${base()}/br-bomb`, viaLoopback({ maxBytes: cap })), 'too_large');
  });

  test('decodes gzip, brotli and stacked encodings', async () => {
    assert.equal(expectBody(await fetchUrl(`${base()}/gzip`, viaLoopback())), script);
    assert.equal(expectBody(await fetchUrl(`${base()}/brotli`, viaLoopback())), script);
    assert.equal(expectBody(await fetchUrl(`${base()}/deflate-then-gzip`, viaLoopback())), script);
  });

  test('caps the bytes on the wire even when they decode to nothing', async () => {
    const result = await fetchUrl(`${base()}/gzip-of-nothing-forever`, viaLoopback({ maxBytes: SMALL_CAP }));
    expectFailure(result, 'too_large');
  });

  test('reports an unsupported content-encoding', async () => {
    assert.match(expectFailure(await fetchUrl(`${base()}/weird-encoding`, viaLoopback()), 'network'), /x-rot13/);
  });

  test('times out on a server that never answers', async () => {
    const started = Date.now();
    const result = await fetchUrl(`${base()}/hang`, viaLoopback({ timeoutMs: 150 }));
    expectFailure(result, 'timeout');
    assert.ok(Date.now() - started < 2_000);
  });

  test('the timeout covers a slow DNS answer', async () => {
    const result = await fetchUrl('http://slow-dns.test/', {
      timeoutMs: 100,
      lookup: () => new Promise((resolve) => setTimeout(() => resolve([LOOPBACK]), 1_000).unref()),
    });
    expectFailure(result, 'timeout');
  });
});

describe('isPublicAddress', () => {
  const notPublic = [
    // IPv4 special-purpose space
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255',
    '192.168.0.1', '192.168.255.255', '169.254.169.254', '169.254.0.1', '100.64.0.1', '100.127.255.254',
    '0.0.0.0', '0.1.2.3', '255.255.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1',
    '192.0.0.8', '192.0.2.1', '198.51.100.7', '203.0.113.9', '198.18.0.1', '198.19.255.255',
    // IPv6 special-purpose space
    '::1', '::', 'fe80::1', 'febf:ffff::1', 'fc00::1', 'fd12:3456:789a::1', 'ff02::1', 'ff0e::1',
    'fec0::1', '100::1', '2001:db8::1', '3fff::1', '2001::1', '2001:2::1', '5f00::1',
    // IPv6 forms that lead to internal IPv4
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:0.0.0.0',
    '::127.0.0.1', '64:ff9b::a00:1', '64:ff9b::127.0.0.1', '64:ff9b:1::808:808', '2002:7f00:1::1',
    '2002:a00:1::1', '::ffff:0:7f00:1',
    // outside 2000::/3, which ipaddr.js would call plain 'unicast'
    '::7f00:1', '::8.8.8.8', '::a00:1', '1::1', '4000::1', 'e000::1',
    // not canonical addresses at all: refused rather than guessed at
    '', 'localhost', '127.1', '2130706433', '0x7f.0.0.1', '8.8.8.8 ', ' 8.8.8.8', '[::1]',
    'fe80::1%eth0', '2606:4700::1%1', '1.2.3.4.5', '256.1.1.1',
  ];
  const isPublic = [
    '8.8.8.8', '1.1.1.1', '93.184.216.34', '11.0.0.1', '172.15.255.255', '172.32.0.1', '192.169.0.1',
    '100.63.255.255', '100.128.0.1', '169.253.255.255', '126.255.255.255', '128.0.0.1', '223.255.255.254',
    '2606:4700:4700::1111', '2001:4860:4860::8888', '2a00:1450:4001:82a::200e', '2c0f:fb50:4003::1',
    '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1',
  ];

  test('refuses every special-purpose or non-canonical address', () => {
    assert.deepEqual(notPublic.filter((ip) => isPublicAddress(ip)), []);
  });
  test('accepts global unicast addresses', () => {
    assert.deepEqual(isPublic.filter((ip) => !isPublicAddress(ip)), []);
  });
});
