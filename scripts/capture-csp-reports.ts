/**
 * `node scripts/capture-csp-reports.ts`: records the CSP violation reports a real Chromium sends, in both formats,
 * as fixtures for test/collect/csp-browsers.test.ts. Run by hand after a browser upgrade, not by `npm test`; needs
 * /usr/bin/chromium (Debian's package) and the openssl command. Nothing leaves 127.0.0.0/8.
 *
 * A checkout page is loaded under three report-only policies that block every script and every connection and
 * differ only in where they report: `report-uri` (the legacy `application/csp-report` body), `report-to` with a
 * `Reporting-Endpoints` header (the Reporting API's `application/reports+json` batch), and both at once. The page
 * holds each kind of script the parser names (a script URL, inline code, an event-handler attribute, eval, a data:
 * and a blob: script); its external script makes each kind of connection (fetch, XMLHttpRequest, sendBeacon,
 * WebSocket, and an image, which the policy does not cover) to a collector on another loopback address, so that the
 * connections are cross-origin as a skimmer's are.
 *
 * The pages are served over HTTPS (a throwaway self-signed certificate, accepted through Playwright's
 * ignoreHTTPSErrors) because Chromium 156 uses `Reporting-Endpoints` only when both the page and the endpoint are
 * https: over plain http, even on loopback, it queues the report for the `report-to` group and never sends it. The
 * same three pages are then loaded over plain http, and what reached the server from each is recorded as well.
 *
 * Every POST to /reports/* is kept as its Content-Type and raw body; the random ports become fixed ones so that the
 * fixtures do not change from run to run, and identical bodies are kept once.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SHOP_HOST = '127.0.0.1';
const COLLECTOR_HOST = '127.0.0.2';
/** Ports written in the fixtures in place of the random ones. */
const FIXED_PORTS = { secureShop: 8443, plainShop: 8080, collector: 8444 };
const FIXTURE_DIR = new URL('../test/fixtures/csp/', import.meta.url);
/** How long without a new report before a page is taken to have sent all of its reports. */
const QUIET_MS = 3_000;
/** Longest wait for a page's reports, whatever arrives. */
const PAGE_TIMEOUT_MS = 30_000;
const PAGE_QUERY_AND_FRAGMENT = '?email=a%40b.example#x';

const POLICY_BASE = "script-src 'none' 'report-sample'; connect-src 'none'";
const PAGE_PATHS = ['/checkout', '/checkout-reporting-api', '/checkout-both'] as const;

/** The headers that make each page report, to endpoints on the page's own origin. */
function reportingHeaders(path: string, shopOrigin: string): Record<string, string> {
  const endpoints = `skimguard="${shopOrigin}/reports/api"`;
  if (path === '/checkout') return { 'Content-Security-Policy-Report-Only': `${POLICY_BASE}; report-uri /reports/legacy` };
  if (path === '/checkout-reporting-api') return { 'Content-Security-Policy-Report-Only': `${POLICY_BASE}; report-to skimguard`, 'Reporting-Endpoints': endpoints };
  return { 'Content-Security-Policy-Report-Only': `${POLICY_BASE}; report-uri /reports/legacy; report-to skimguard`, 'Reporting-Endpoints': endpoints };
}

// The inline script adds the data: and blob: scripts itself; every script sets a flag so the run can wait until all ran.
const PAGE_HTML = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>Checkout</title>
<script src="/static/widget.js"></script>
<script>
window.ran = { inline: true };
eval('window.ran.eval = "eval ran"');
const dataScript = document.createElement('script');
dataScript.src = 'data:text/javascript,window.ran.data%20%3D%20true';
document.head.append(dataScript);
const blobScript = document.createElement('script');
blobScript.src = URL.createObjectURL(new Blob(['window.ran.blob = true'], { type: 'text/javascript' }));
document.head.append(blobScript);
</script>
</head>
<body>
<button id="pay" onclick="window.ran.attribute = true">Pay</button>
</body>
</html>
`;

/** The third-party script: one of each way to send data off the page, all to the collector. */
function widgetScript(collectorOrigin: string): string {
  const collect = `${collectorOrigin}/collect?c=4111`;
  return `window.widgetConnections = (async () => {
  await fetch('${collect}&via=fetch', { method: 'POST', body: 'x', mode: 'no-cors' }).catch(() => undefined);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '${collect}&via=xhr');
  xhr.send('x');
  navigator.sendBeacon('${collect}&via=beacon', 'x');
  const socket = new WebSocket('${collect.replace(/^http/, 'ws')}&via=websocket');
  socket.onerror = () => undefined;
  new Image().src = '${collect}&via=image';
  return true;
})();
`;
}

/** A certificate for both loopback addresses, made for this run only. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-csp-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${SHOP_HOST}`,
      '-addext', `subjectAltName=IP:${SHOP_HOST},IP:${COLLECTOR_HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface ReceivedReport {
  /** The origin of the server that received it (and served the page). */
  shopOrigin: string;
  endpoint: string;
  contentType: string;
  body: string;
}

const received: ReceivedReport[] = [];
const collectorHits: string[] = [];

/** Waits until no report has arrived for QUIET_MS, or PAGE_TIMEOUT_MS have passed. */
async function reportsSettled(): Promise<void> {
  const started = Date.now();
  let count = received.length;
  let changedAt = started;
  while (Date.now() - changedAt < QUIET_MS && Date.now() - started < PAGE_TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (received.length !== count) {
      count = received.length;
      changedAt = Date.now();
    }
  }
}

const certificate = throwawayCertificate();
const collector = createHttpsServer(certificate, (request, response) => {
  collectorHits.push(`${request.method ?? '?'} ${request.url ?? ''}`);
  response.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
});
// the WebSocket handshake only has to reach the server; refusing it is enough
collector.on('upgrade', (request: IncomingMessage, socket) => {
  collectorHits.push(`UPGRADE ${request.url ?? ''}`);
  socket.destroy();
});
const collectorPort = await listen(collector, COLLECTOR_HOST);
const collectorOrigin = `https://${COLLECTOR_HOST}:${collectorPort}`;

function shopHandler(shopOrigin: () => string): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', shopOrigin());
      if (url.pathname.startsWith('/reports/')) {
        const body = await readBody(request);
        console.log(`${shopOrigin()} ${request.method ?? '?'} ${url.pathname} ${request.headers['content-type'] ?? '(no content type)'} ${body.length} bytes`);
        if (request.method === 'POST') {
          received.push({ shopOrigin: shopOrigin(), endpoint: url.pathname, contentType: request.headers['content-type'] ?? '', body });
        }
        response.writeHead(204).end();
      } else if (url.pathname === '/static/widget.js') {
        response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(widgetScript(collectorOrigin));
      } else if ((PAGE_PATHS as readonly string[]).includes(url.pathname)) {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...reportingHeaders(url.pathname, shopOrigin()) }).end(PAGE_HTML);
      } else {
        response.writeHead(404).end();
      }
    })();
  };
}

let secureShopOrigin = '';
let plainShopOrigin = '';
const secureShop = createHttpsServer(certificate, shopHandler(() => secureShopOrigin));
const plainShop = createHttpServer(shopHandler(() => plainShopOrigin));
const secureShopPort = await listen(secureShop, SHOP_HOST);
const plainShopPort = await listen(plainShop, SHOP_HOST);
secureShopOrigin = `https://${SHOP_HOST}:${secureShopPort}`;
plainShopOrigin = `http://${SHOP_HOST}:${plainShopPort}`;

// The whole host:port is replaced, never a bare number, which could match a byte count or a version.
const withFixedPorts = (text: string): string => text
  .replaceAll(`${SHOP_HOST}:${secureShopPort}`, `${SHOP_HOST}:${FIXED_PORTS.secureShop}`)
  .replaceAll(`${SHOP_HOST}:${plainShopPort}`, `${SHOP_HOST}:${FIXED_PORTS.plainShop}`)
  .replaceAll(`${COLLECTOR_HOST}:${collectorPort}`, `${COLLECTOR_HOST}:${FIXED_PORTS.collector}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // --short-reporting-delay: without it Chromium sends the first Reporting API batch at once but holds later ones
  // (none had arrived 75 s later when this was tried); with it they follow within a fraction of a second
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--short-reporting-delay'],
});
const browserName = `Chromium ${browser.version()}`;
console.log(browserName);

/** For each page URL: how many report requests reached each endpoint. */
const requestsByPage: Record<string, Record<string, number>> = {};
try {
  for (const shopOrigin of [secureShopOrigin, plainShopOrigin]) {
    for (const path of PAGE_PATHS) {
      const before = received.length;
      // a context per page, so that no page's queued reports ride along with another's
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(`${shopOrigin}${path}${PAGE_QUERY_AND_FRAGMENT}`);
      await page.click('#pay');
      await page.waitForFunction(() => {
        const flags = (globalThis as unknown as { ran?: Record<string, unknown> }).ran ?? {};
        return ['inline', 'eval', 'data', 'blob', 'attribute'].every((flag) => flags[flag] !== undefined);
      });
      await page.evaluate(async () => (globalThis as unknown as { widgetConnections: Promise<boolean> }).widgetConnections);
      await reportsSettled();
      await context.close();
      const counts: Record<string, number> = { '/reports/legacy': 0, '/reports/api': 0 };
      for (const report of received.slice(before)) counts[report.endpoint] = (counts[report.endpoint] ?? 0) + 1;
      requestsByPage[withFixedPorts(`${shopOrigin}${path}`)] = counts;
    }
  }
} finally {
  await browser.close();
  secureShop.close();
  plainShop.close();
  collector.close();
}

interface Fixture {
  browser: string;
  /** What reached the server from each page, over https and over plain http (see scripts/capture-csp-reports.ts). */
  requestsByPage: typeof requestsByPage;
  reports: { contentType: string; body: string }[];
}

function fixture(endpoint: string): Fixture {
  const reports: Fixture['reports'] = [];
  const seen = new Set<string>();
  // bodies from the plain-http pages differ from the https ones only in the scheme: requestsByPage counts them
  for (const report of received.filter((candidate) => candidate.endpoint === endpoint && candidate.shopOrigin === secureShopOrigin)) {
    const body = withFixedPorts(report.body);
    if (seen.has(body)) continue;
    seen.add(body);
    reports.push({ contentType: report.contentType, body });
  }
  return { browser: browserName, requestsByPage, reports };
}

mkdirSync(FIXTURE_DIR, { recursive: true });
for (const [file, endpoint] of [['chromium-legacy.json', '/reports/legacy'], ['chromium-reporting-api.json', '/reports/api']] as const) {
  const data = fixture(endpoint);
  writeFileSync(new URL(file, FIXTURE_DIR), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`${file}: ${data.reports.length} bodies`);
}
console.log(JSON.stringify(requestsByPage, null, 2));
console.log(`collector saw: ${collectorHits.join(', ')}`);
