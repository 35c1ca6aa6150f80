/**
 * The report-only header and its deploy snippets: exact header values, every way a public URL or a site id is
 * refused, and the snippets checked as far as they can be here: the nginx one tokenized by nginx's own quoting
 * rules (and given to `nginx -t` when nginx is installed), the JavaScript ones parsed by acorn and run, the Express
 * middleware in a vm context and the Worker as a module, with Math.random and fetch replaced.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { deploySnippets, reportOnlyHeaders, type HeaderLine } from '../../src/collect/header.ts';
import { isSkimguardError } from '../../src/errors.ts';

const CSP = 'Content-Security-Policy-Report-Only';
const ENDPOINTS = 'Reporting-Endpoints';

function expected(endpoint: string): HeaderLine[] {
  return [
    { name: CSP, value: `script-src 'none' 'report-sample'; connect-src 'none'; report-uri ${endpoint}; report-to skimguard` },
    { name: ENDPOINTS, value: `skimguard="${endpoint}"` },
  ];
}

test('the two headers, exactly, with the public URL normalized', () => {
  const cases: [string, string, string][] = [
    ['shop', 'https://monitor.example', 'https://monitor.example/reports/shop'],
    ['shop', 'https://monitor.example/', 'https://monitor.example/reports/shop'],
    ['shop', 'https://monitor.example///', 'https://monitor.example/reports/shop'],
    ['Shop_2', 'https://Monitor.Example:8443/skimguard/', 'https://monitor.example:8443/skimguard/reports/Shop_2'],
    ['shop', 'https://monitor.example:443/sg', 'https://monitor.example/sg/reports/shop'],
    ['a-b', 'https://münchen.example/', 'https://xn--mnchen-3ya.example/reports/a-b'],
    ['shop', 'https://monitor.example/a b/', 'https://monitor.example/a%20b/reports/shop'],
    ['shop', 'http://localhost:8080', 'http://localhost:8080/reports/shop'],
    ['shop', 'http://127.0.0.1:3000/', 'http://127.0.0.1:3000/reports/shop'],
    ['shop', 'http://[::1]:3000', 'http://[::1]:3000/reports/shop'],
  ];
  for (const [id, publicUrl, endpoint] of cases) {
    assert.deepEqual(reportOnlyHeaders({ id }, publicUrl), expected(endpoint), publicUrl);
  }
});

function refused(run: () => unknown, message: RegExp, label: string): void {
  assert.throws(run, (error) => {
    assert.ok(isSkimguardError(error), `${label}: ${String(error)}`);
    assert.equal(error.code, 'SG_USAGE', label);
    assert.match(error.message, message, label);
    return true;
  }, label);
}

test('public URLs browsers would not report to, or that cannot be placed in the header, are refused', () => {
  const cases: [string, RegExp][] = [
    ['monitor.example', /not an absolute URL/],
    ['/reports', /not an absolute URL/],
    ['', /not an absolute URL/],
    ['ftp://monitor.example/', /must be an http\(s\) URL/],
    ['javascript:alert(1)', /must be an http\(s\) URL/],
    ['https://user:secret@monitor.example/', /user name or password/],
    ['https://monitor.example/?site=1', /query string or fragment/],
    ['https://monitor.example/?', /query string or fragment/],
    ['https://monitor.example/#reports', /query string or fragment/],
    ['https://a;b.example/', /cannot be placed in a CSP header/],
    ['https://a$b.example/', /cannot be placed in a CSP header/],
    ['https://monitor.example/x;y', /cannot be placed in a CSP header/],
    ['https://monitor.example/a,b', /cannot be placed in a CSP header/],
    ["https://monitor.example/it's", /cannot be placed in a CSP header/],
  ];
  for (const [publicUrl, message] of cases) refused(() => reportOnlyHeaders({ id: 'shop' }, publicUrl), message, publicUrl);
});

test('http is refused for anything but the local machine, saying why', () => {
  for (const publicUrl of ['http://monitor.example', 'http://10.0.0.5:8080/', 'http://localhost.example/', 'http://127.0.0.2/']) {
    refused(() => reportOnlyHeaders({ id: 'shop' }, publicUrl), /must use https: browsers do not send CSP reports from an https page to an insecure http endpoint/, publicUrl);
  }
});

test('site ids other than letters, digits, "-" and "_" are refused', () => {
  for (const id of ['', 'shop one', 'shop/1', '../x', 'shöp', 'a;b', 'a"b', 'a.b']) {
    refused(() => reportOnlyHeaders({ id }, 'https://monitor.example'), /site id .* may only contain letters, digits/, JSON.stringify(id));
    refused(() => deploySnippets({ id, samplingRate: 1 }, 'https://monitor.example'), /site id/, JSON.stringify(id));
  }
});

test('sampling rates outside (0, 1] are refused', () => {
  for (const samplingRate of [0, -0.5, 1.01, 2, Number.NaN, Number.POSITIVE_INFINITY]) {
    refused(() => deploySnippets({ id: 'shop', samplingRate }, 'https://monitor.example'), /sampling rate .* above 0 and at most 1/, String(samplingRate));
  }
});

test('with rate 1 the snippets add the headers always, with no draw; below 1 each one draws', () => {
  const always = deploySnippets({ id: 'shop', samplingRate: 1 }, 'https://monitor.example');
  assert.doesNotMatch(always.nginx, /split_clients|map /);
  assert.doesNotMatch(always.express, /Math\.random|SAMPLING_RATE/);
  assert.doesNotMatch(always.cloudflareWorker, /Math\.random|SAMPLING_RATE/);
  const quarter = deploySnippets({ id: 'shop', samplingRate: 0.25 }, 'https://monitor.example');
  assert.match(quarter.nginx, /^ {4}25% 1;$/m);
  assert.match(quarter.express, /^const SKIMGUARD_SAMPLING_RATE = 0\.25;$/m);
  assert.match(quarter.express, /Math\.random\(\) < SKIMGUARD_SAMPLING_RATE/);
  assert.match(quarter.cloudflareWorker, /^const SKIMGUARD_SAMPLING_RATE = 0\.25;$/m);
  assert.match(quarter.cloudflareWorker, /Math\.random\(\) >= SKIMGUARD_SAMPLING_RATE/);
  // nginx takes two decimals: rates are shown as near as that allows, and never as 0%.
  assert.match(deploySnippets({ id: 'shop', samplingRate: 0.07 }, 'https://monitor.example').nginx, /^ {4}7% 1;$/m);
  assert.match(deploySnippets({ id: 'shop', samplingRate: 0.123456 }, 'https://monitor.example').nginx, /^ {4}12\.35% 1;$/m);
  assert.match(deploySnippets({ id: 'shop', samplingRate: 0.00001 }, 'https://monitor.example').nginx, /^ {4}0\.01% 1;$/m);
});

// ---- nginx ----

interface Directive {
  args: string[];
  block?: Directive[];
}

/**
 * nginx's configuration syntax, as far as the snippets use it: words and quoted strings (with `\"`, `\'` and `\\`
 * escapes) separated by white space, `;` ending a directive, `{ }` blocks, `#` comments. Throws where nginx would.
 */
function parseNginx(text: string): Directive[] {
  const root: Directive[] = [];
  const stack: Directive[][] = [root];
  let args: string[] = [];
  let i = 0;
  const at = (): string => `at offset ${i}: ${JSON.stringify(text.slice(i, i + 30))}`;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '#' && args.length === 0) { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === ';') {
      if (args.length === 0) throw new Error(`empty directive ${at()}`);
      stack.at(-1)!.push({ args });
      args = [];
      i++;
      continue;
    }
    if (c === '{') {
      if (args.length === 0) throw new Error(`block without a directive ${at()}`);
      const block: Directive[] = [];
      stack.at(-1)!.push({ args, block });
      stack.push(block);
      args = [];
      i++;
      continue;
    }
    if (c === '}') {
      if (args.length > 0) throw new Error(`directive not ended by ";" ${at()}`);
      if (stack.length === 1) throw new Error(`unbalanced "}" ${at()}`);
      stack.pop();
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let value = '';
      i++;
      while (text[i] !== c) {
        if (i >= text.length) throw new Error(`unterminated string ${at()}`);
        if (text[i] === '\\' && ['"', "'", '\\'].includes(text[i + 1] ?? '')) i++;
        value += text[i];
        i++;
      }
      i++;
      if (i < text.length && !/[\s;{]/.test(text[i]!)) throw new Error(`unexpected character after a quoted string ${at()}`);
      args.push(value);
      continue;
    }
    let word = '';
    while (i < text.length && !/[\s;{}"']/.test(text[i]!)) word += text[i++];
    args.push(word);
  }
  if (args.length > 0) throw new Error('last directive not ended by ";"');
  if (stack.length !== 1) throw new Error('unclosed "{"');
  return root;
}

test('nginx snippet, rate 1: two add_header directives whose values, unquoted, are the headers', () => {
  const headers = reportOnlyHeaders({ id: 'shop' }, 'https://monitor.example/');
  const { nginx } = deploySnippets({ id: 'shop', samplingRate: 1 }, 'https://monitor.example/');
  assert.deepEqual(parseNginx(nginx), headers.map((header) => ({ args: ['add_header', header.name, header.value, 'always'] })));
});

test('nginx snippet, rate 0.25: split_clients on $request_id, a map per header, add_header of the mapped values', () => {
  const headers = reportOnlyHeaders({ id: 'my-shop' }, 'https://monitor.example/');
  const { nginx } = deploySnippets({ id: 'my-shop', samplingRate: 0.25 }, 'https://monitor.example/');
  const sampled = '$skimguard_my_shop_sampled';
  const [csp, endpoints] = ['$skimguard_my_shop_csp', '$skimguard_my_shop_endpoints'];
  assert.deepEqual(parseNginx(nginx), [
    { args: ['split_clients', '${request_id}', sampled], block: [{ args: ['25%', '1'] }, { args: ['*', ''] }] },
    { args: ['map', sampled, csp], block: [{ args: ['1', headers[0]!.value] }, { args: ['default', ''] }] },
    { args: ['map', sampled, endpoints], block: [{ args: ['1', headers[1]!.value] }, { args: ['default', ''] }] },
    { args: ['add_header', CSP, csp, 'always'] },
    { args: ['add_header', ENDPOINTS, endpoints, 'always'] },
  ]);
  // No `$` in a header value, where nginx would read a variable.
  assert.ok(headers.every((header) => !header.value.includes('$')));
});

const nginxVersion = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
test('nginx -t accepts the snippets (split between the http and the server block)', { skip: nginxVersion.status === 0 ? false : 'nginx is not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'skimguard-nginx-'));
  try {
    for (const samplingRate of [1, 0.25, 0.123456, 0.00001]) {
      const lines = deploySnippets({ id: 'my-shop', samplingRate }, 'https://monitor.example/sg/').nginx.split('\n');
      const http = lines.filter((line) => !line.startsWith('add_header')).join('\n');
      const server = lines.filter((line) => line.startsWith('add_header')).join('\n');
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${dir};`).join(' ');
      const conf = join(dir, 'nginx.conf');
      writeFileSync(conf, `error_log stderr;\npid ${join(dir, 'nginx.pid')};\nevents {}\nhttp {\naccess_log off;\n${temp}\n${http}\n`
        + `server {\nlisten 127.0.0.1:8080;\nlocation / {\n${server}\nreturn 200 "ok";\n}\n}\n}\n`);
      const check = spawnSync('nginx', ['-t', '-q', '-p', dir, '-c', conf, '-e', 'stderr'], { encoding: 'utf8' });
      assert.equal(check.status, 0, `rate ${samplingRate}: ${check.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- JavaScript ----

test('the Express and Worker snippets parse as JavaScript modules, at every rate', () => {
  for (const samplingRate of [1, 0.25, 0.1, 0.000001]) {
    const snippets = deploySnippets({ id: 'shop', samplingRate }, 'https://monitor.example');
    for (const code of [snippets.express, snippets.cloudflareWorker]) {
      assert.doesNotThrow(() => parse(code, { ecmaVersion: 'latest', sourceType: 'module' }), `${samplingRate}: ${code}`);
    }
  }
});

type Middleware = (req: unknown, res: unknown, next: () => void) => void;

/** Runs the Express snippet in a fresh context whose `app.use` hands back the middleware, with `random` as Math.random. */
function loadMiddleware(code: string, random: () => number): Middleware {
  let middleware: Middleware | undefined;
  const context = vm.createContext({ app: { use: (fn: Middleware) => { middleware = fn; } } });
  (vm.runInContext('Math', context) as Math).random = random;
  vm.runInContext(code, context);
  assert.ok(middleware, 'the snippet registers a middleware with app.use');
  return middleware;
}

function request(middleware: Middleware): [string, string][] | null {
  const added: [string, string][] = [];
  let nexts = 0;
  const res = { appendHeader(name: string, value: string) { added.push([name, value]); return res; } };
  middleware({ method: 'GET', url: '/' }, res, () => { nexts++; });
  assert.equal(nexts, 1, 'next() is called once, sampled or not');
  return added.length > 0 ? added : null;
}

test('the Express middleware adds both headers to the sampled share of responses, and always at rate 1', () => {
  const headers = reportOnlyHeaders({ id: 'shop' }, 'https://monitor.example');
  const pairs = headers.map((header): [string, string] => [header.name, header.value]);

  // Draws spread evenly over [0, 1): exactly a quarter fall under 0.25.
  let draw = 0;
  const quarter = loadMiddleware(deploySnippets({ id: 'shop', samplingRate: 0.25 }, 'https://monitor.example').express, () => (draw++ + 0.5) / 1000);
  const results = Array.from({ length: 1000 }, () => request(quarter));
  assert.equal(draw, 1000);
  assert.equal(results.filter(Boolean).length, 250);
  assert.deepEqual(results[0], pairs);
  assert.deepEqual(results[249], pairs);
  assert.equal(results[250], null);

  const always = loadMiddleware(deploySnippets({ id: 'shop', samplingRate: 1 }, 'https://monitor.example').express, () => {
    throw new Error('rate 1 must not draw');
  });
  for (let i = 0; i < 5; i++) assert.deepEqual(request(always), pairs);
});

interface Worker {
  default: { fetch(request: Request): Promise<Response> };
}

test('the Cloudflare Worker adds the headers to sampled HTML responses only, keeping what the origin sent', async (t) => {
  const headers = reportOnlyHeaders({ id: 'shop' }, 'https://monitor.example');
  const code = deploySnippets({ id: 'shop', samplingRate: 0.25 }, 'https://monitor.example').cloudflareWorker;
  const worker = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Worker;

  let contentType = 'text/html; charset=utf-8';
  t.mock.method(globalThis, 'fetch', async () => new Response('<p>page</p>', {
    status: 201,
    headers: { 'content-type': contentType, [CSP]: "img-src 'self'" },
  }));
  const draws = [0.1, 0.3, 0.2499, 0.25];
  let next = 0;
  t.mock.method(Math, 'random', () => draws[next++ % draws.length]!);

  const responses: Response[] = [];
  for (let i = 0; i < 4; i++) responses.push(await worker.default.fetch(new Request('https://shop.example/')));
  assert.deepEqual(responses.map((response) => response.headers.get(ENDPOINTS) !== null), [true, false, true, false]);
  const [sampled, unsampled] = responses;
  assert.equal(sampled?.headers.get(CSP), `img-src 'self', ${headers[0]!.value}`, 'the origin policy is kept beside ours');
  assert.equal(sampled?.headers.get(ENDPOINTS), headers[1]!.value);
  assert.equal(sampled?.status, 201);
  assert.equal(await sampled?.text(), '<p>page</p>');
  assert.equal(unsampled?.headers.get(CSP), "img-src 'self'");

  contentType = 'application/javascript';
  const drawsBefore = next;
  const script = await worker.default.fetch(new Request('https://shop.example/app.js'));
  assert.equal(script.headers.get(ENDPOINTS), null);
  assert.equal(next, drawsBefore, 'no draw for a response that is not a page');

  const always = (await import(`data:text/javascript,${encodeURIComponent(deploySnippets({ id: 'shop', samplingRate: 1 }, 'https://monitor.example').cloudflareWorker)}`)) as Worker;
  contentType = 'text/html';
  const page = await always.default.fetch(new Request('https://shop.example/'));
  assert.equal(page.headers.get(ENDPOINTS), headers[1]!.value);
  assert.equal(next, drawsBefore, 'rate 1 does not draw');
});
