/**
 * The report-only Content-Security-Policy a site deploys so that its visitors' browsers tell skimguard about every
 * script a page runs and every connection it makes, and the web-server snippets that add it to a share of page
 * views. Pure: builds strings, no I/O.
 *
 * The policy, and why each part is there:
 *
 * - `Content-Security-Policy-Report-Only`: the browser evaluates the policy and reports violations, but never
 *   blocks anything. Deploying it cannot break the site, whatever scripts the site runs.
 * - `script-src 'none'` and `connect-src 'none'`: no script and no connection is allowed, so every one of them is a
 *   violation and every one is reported: the inventory sees everything the page loads and talks to, not only what
 *   an allow-list forgot. (Since nothing is enforced, "allow nothing" costs nothing but report traffic, which the
 *   sampling rate bounds.) `script-src` also covers inline code, event-handler attributes, `eval` and, through the
 *   fallback chain, workers; `connect-src` covers fetch, XMLHttpRequest, WebSocket, EventSource and sendBeacon.
 * - `'report-sample'`: for inline code, event handlers and `eval`, there is no URL to report. With this keyword the
 *   browser puts the first 40 characters of the code in the report, which is what lets one inline skimmer be told
 *   apart from the site's own inline snippets. Without it an inline violation is only "inline". (It has no effect
 *   on scripts loaded from a URL.) CSP3 says `'none'` is ignored when other expressions sit beside it; the list is
 *   then `'report-sample'` alone, which still allows nothing, and Chromium accepts exactly this pairing without a
 *   console warning.
 * - `report-uri` and `report-to` both: `report-uri` is the old mechanism (one POST per violation, body
 *   `application/csp-report`); `report-to` names a Reporting API group that a `Reporting-Endpoints` header on the
 *   same response maps to a URL (batched POSTs, `application/reports+json`). Browsers that implement `report-to`
 *   for CSP use it and then ignore `report-uri`; the others only know `report-uri`. With both, every browser
 *   reports, and none reports twice. (Chromium sends Reporting API reports to another origin only after a CORS
 *   preflight, an OPTIONS request that the endpoint must answer with a 2xx status, `Access-Control-Allow-Origin`
 *   and `Access-Control-Allow-Headers: content-type`: without it, Chromium-based browsers report nothing.)
 */
import { SkimguardError } from '../errors.ts';
import { SITE_ID_PATTERN, type Site } from '../store/types.ts';

/** The Reporting API group named by `report-to` and defined by `Reporting-Endpoints`. */
export const REPORTING_GROUP = 'skimguard';

export interface HeaderLine {
  name: string;
  value: string;
}

export interface DeploySnippets {
  nginx: string;
  express: string;
  cloudflareWorker: string;
}

const SITE_ID = new RegExp(SITE_ID_PATTERN);

/** Hosts a browser treats as potentially trustworthy over plain http (a monitor running on the developer's machine). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What a report endpoint may look like once normalized by the URL parser. The URL is pasted into places where other
 * characters mean something: `;` ends a CSP directive and `,` separates policies; `"` and `\` end or escape the
 * structured-field string of `Reporting-Endpoints`; `$` starts a variable in nginx. A host may hold such characters
 * after parsing (`https://a;b.example/` parses), so host and path are both held to plain characters.
 */
const SAFE_ENDPOINT = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d+)?(?:\/[A-Za-z0-9._~%-]+)*\/reports\/[A-Za-z0-9_-]+$/;

/**
 * nginx's split_clients takes percentages with at most two decimals: 0.01% (one page view in ten thousand) is the
 * smallest share it can express. Rates below it are raised to it rather than refused.
 */
const NGINX_MIN_PERCENT = 0.01;

function usage(message: string): SkimguardError {
  return new SkimguardError('SG_USAGE', message);
}

function checkSiteId(id: string): void {
  if (!SITE_ID.test(id)) throw usage(`site id ${JSON.stringify(id)} may only contain letters, digits, "-" and "_" (at most 64, the first a letter or digit)`);
}

/** `{publicUrl}/reports/{siteId}`, after checking that browsers will send reports there. */
function reportEndpoint(siteId: string, publicUrl: string): string {
  checkSiteId(siteId);
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw usage(`public URL ${JSON.stringify(publicUrl)} is not an absolute URL (e.g. https://monitor.example)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw usage(`public URL ${JSON.stringify(publicUrl)} must be an http(s) URL, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw usage(`public URL ${JSON.stringify(publicUrl)} must not carry a user name or password: every visitor's browser would receive them`);
  }
  // Checked on the text: `https://m.example/?` parses to an empty search, yet would put a "?" in the endpoint.
  if (publicUrl.includes('?') || publicUrl.includes('#')) {
    throw usage(`public URL ${JSON.stringify(publicUrl)} must not have a query string or fragment: the report path /reports/<site> is appended to it`);
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    throw usage(`public URL ${JSON.stringify(publicUrl)} must use https: browsers do not send CSP reports from an https page to an insecure http endpoint (http is accepted only for localhost, 127.0.0.1 and [::1], for testing)`);
  }
  const endpoint = `${url.origin}${url.pathname.replace(/\/+$/, '')}/reports/${siteId}`;
  if (!SAFE_ENDPOINT.test(endpoint)) {
    throw usage(`public URL ${JSON.stringify(publicUrl)} has characters that cannot be placed in a CSP header; use a host name and a path of letters, digits, ".", "-", "_", "~" and "/"`);
  }
  return endpoint;
}

/** The two response headers to deploy, in the order to send them. */
export function reportOnlyHeaders(site: Pick<Site, 'id'>, publicUrl: string): HeaderLine[] {
  const endpoint = reportEndpoint(site.id, publicUrl);
  return [
    {
      name: 'Content-Security-Policy-Report-Only',
      value: `script-src 'none' 'report-sample'; connect-src 'none'; report-uri ${endpoint}; report-to ${REPORTING_GROUP}`,
    },
    // A structured-field dictionary: group name = string. The endpoint holds no `"` or `\` (SAFE_ENDPOINT).
    { name: 'Reporting-Endpoints', value: `${REPORTING_GROUP}="${endpoint}"` },
  ];
}

function checkSamplingRate(rate: number): void {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate > 1) {
    throw usage(`sampling rate ${String(rate)} must be a number above 0 and at most 1 (the share of page views that get the header)`);
  }
}

/** A rate as a percentage for people to read: 0.07 shows as 7%, not as 7.000000000000001%. */
function percentText(rate: number): string {
  return `${Number((rate * 100).toPrecision(12))}%`;
}

/** A rate as nginx's split_clients takes it: a percentage with at most two decimals, at least NGINX_MIN_PERCENT. */
function nginxPercent(rate: number): number {
  return Math.max(NGINX_MIN_PERCENT, Math.round(rate * 10000) / 100);
}

/** A double-quoted nginx string. The values hold no `$` (SAFE_ENDPOINT), so nothing in them is read as a variable. */
function nginxString(value: string): string {
  return `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
}

/** Comment lines (without their `#` prefix) on nginx's add_header inheritance, the usual reason a header is missing. */
const NGINX_INHERITANCE = [
  'A block that has add_header directives of its own inherits none from the blocks around it: repeat these',
  'lines in such a block (a location with its own add_header, for instance).',
];

function nginxSnippet(siteId: string, rate: number, headers: HeaderLine[]): string {
  if (rate === 1) {
    return [
      `# skimguard: report-only CSP for site "${siteId}", on every response.`,
      '# In the server { } (or location { }) block that serves the pages.',
      ...NGINX_INHERITANCE.map((line) => `# ${line}`),
      ...headers.map((header) => `add_header ${header.name} ${nginxString(header.value)} always;`),
    ].join('\n') + '\n';
  }
  // nginx variable names take letters, digits and `_`: one set per site, so that several sites can share a server.
  const prefix = `$skimguard_${siteId.replace(/-/g, '_')}`;
  const share = `${nginxPercent(rate)}%`;
  const rounded = share === percentText(rate) ? '' : ` (the sampling rate ${String(rate)}, as near as the two decimals nginx takes allow)`;
  const variables = headers.map((_header, index) => `${prefix}_${index === 0 ? 'csp' : 'endpoints'}`);
  return [
    `# skimguard: report-only CSP for site "${siteId}", on ${share} of responses${rounded}.`,
    '# 1. In the http { } block (split_clients and map are only allowed there). $request_id is random for each',
    '#    request, so each page view is drawn on its own.',
    `split_clients "\${request_id}" ${prefix}_sampled {`,
    `    ${share} 1;`,
    '    * "";',
    '}',
    ...headers.flatMap((header, index) => [
      `map ${prefix}_sampled ${variables[index]} {`,
      `    1 ${nginxString(header.value)};`,
      '    default "";',
      '}',
    ]),
    '',
    '# 2. In the server { } (or location { }) block that serves the pages. Outside the sample both variables are',
    '#    empty, and nginx adds no header whose value is empty.',
    ...NGINX_INHERITANCE.map((line) => `#    ${line}`),
    ...headers.map((header, index) => `add_header ${header.name} ${variables[index]} always;`),
  ].join('\n') + '\n';
}

/** The headers as a JavaScript array literal of [name, value] pairs. */
function jsHeaders(headers: HeaderLine[]): string[] {
  return ['const SKIMGUARD_HEADERS = [', ...headers.map((header) => `  [${JSON.stringify(header.name)}, ${JSON.stringify(header.value)}],`), '];'];
}

/**
 * A middleware registered with `app.use`, on every response or a random share of them. Plain functions and
 * `res.appendHeader` (Node's own http.ServerResponse, so it also fits Connect and bare `http`); appended rather than
 * set, so that a report-only policy the site already sends is kept beside this one.
 */
function expressSnippet(siteId: string, rate: number, headers: HeaderLine[]): string {
  const add = 'for (const [name, value] of SKIMGUARD_HEADERS) res.appendHeader(name, value);';
  return [
    `// skimguard: report-only CSP for site "${siteId}", on ${rate === 1 ? 'every response' : `${percentText(rate)} of responses`}.`,
    '// Add after `const app = express();`, before the routes. res.appendHeader (Node 18.3 or later) keeps a',
    '// report-only policy set earlier beside this one instead of replacing it.',
    ...(rate === 1 ? [] : [`const SKIMGUARD_SAMPLING_RATE = ${String(rate)};`]),
    ...jsHeaders(headers),
    'app.use(function skimguardReportOnly(req, res, next) {',
    ...(rate === 1 ? [`  ${add}`] : ['  if (Math.random() < SKIMGUARD_SAMPLING_RATE) {', `    ${add}`, '  }']),
    '  next();',
    '});',
  ].join('\n') + '\n';
}

/**
 * A Worker on the site's route: passes every request to the origin unchanged and adds the headers to HTML responses
 * (the page views; the headers mean nothing on images or scripts), on every one or a random share of them. The
 * origin's response headers are immutable, hence the copy.
 */
function workerSnippet(siteId: string, rate: number, headers: HeaderLine[]): string {
  const skip = rate === 1
    ? '    if (!type.includes("text/html")) return response;'
    : '    if (!type.includes("text/html") || Math.random() >= SKIMGUARD_SAMPLING_RATE) return response;';
  return [
    `// skimguard: report-only CSP for site "${siteId}", on ${rate === 1 ? 'every page view' : `${percentText(rate)} of page views`}.`,
    '// A Cloudflare Worker (module syntax) on the route of the site\'s pages.',
    ...(rate === 1 ? [] : [`const SKIMGUARD_SAMPLING_RATE = ${String(rate)};`]),
    ...jsHeaders(headers),
    '',
    'export default {',
    '  async fetch(request) {',
    '    const response = await fetch(request);',
    '    const type = response.headers.get("content-type") || "";',
    skip,
    '    const tagged = new Response(response.body, response);',
    '    for (const [name, value] of SKIMGUARD_HEADERS) tagged.headers.append(name, value);',
    '    return tagged;',
    '  },',
    '};',
  ].join('\n') + '\n';
}

/**
 * Snippets that add the headers to `site.samplingRate` of the responses. CSP has no sampling of its own: the draw is
 * made where the header is added. With a rate of 1 the snippets add the headers always, with no draw at all.
 */
export function deploySnippets(site: Pick<Site, 'id' | 'samplingRate'>, publicUrl: string): DeploySnippets {
  const headers = reportOnlyHeaders(site, publicUrl);
  checkSamplingRate(site.samplingRate);
  return {
    nginx: nginxSnippet(site.id, site.samplingRate, headers),
    express: expressSnippet(site.id, site.samplingRate, headers),
    cloudflareWorker: workerSnippet(site.id, site.samplingRate, headers),
  };
}
