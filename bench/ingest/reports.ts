/**
 * CSP report bodies for `npm run bench:ingest`, shaped like the ones Chromium sends (test/fixtures/csp has real
 * captures): half legacy `application/csp-report` bodies (one report each), half Reporting API
 * `application/reports+json` batches of 2–3 reports from one page. A site-like spread: a few hundred scripts
 * (first-party chunks, CDN libraries, tag managers) and a few dozen connection hosts, a handful of them on nearly
 * every page and a long tail, over ~1,500 page paths on shop.example. Deterministic: the same bodies on every run.
 */

export interface ReportBody {
  contentType: string;
  body: string;
  /** CSP reports in the body: what a 2xx acknowledges. */
  reports: number;
}

export const SITE_HOST = 'shop.example';

// mulberry32, as in bench/intel.ts
let seed = 0xc5b;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const hex = (length: number): string => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
const word = (length: number): string => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
/** Skewed towards the start of the list: a few items very often, a long tail rarely (as on real pages). */
const popular = <T>(items: readonly T[]): T => items[Math.floor(random() ** 3 * items.length)] as T;

const LIBRARIES = ['jquery', 'lodash', 'swiper', 'bootstrap', 'alpinejs', 'htmx.org', 'chart.js', 'dayjs', 'flatpickr', 'imask', 'dompurify', 'axios', 'vue', 'preact', 'tom-select', 'sortablejs', 'leaflet', 'gsap', 'marked', 'fuse.js'];
const TAGS = ['https://www.googletagmanager.com/gtag/js?id=G-', 'https://connect.facebook.net/en_US/fbevents.js?v=', 'https://static.hotjar.com/c/hotjar-', 'https://js.stripe.com/v3/?build=', 'https://www.paypal.com/sdk/js?client-id=', 'https://cdn.segment.com/analytics.js/v1/', 'https://widget.intercom.io/widget/', 'https://bat.bing.com/bat.js?ti='];
const scripts: string[] = [
  ...Array.from({ length: 120 }, () => `https://${SITE_HOST}/static/js/${word(4 + Math.floor(random() * 6))}.${hex(8)}.js`),
  ...Array.from({ length: 120 }, (_, i) => {
    const name = LIBRARIES[i % LIBRARIES.length] as string;
    const version = `${1 + Math.floor(random() * 5)}.${Math.floor(random() * 20)}.${Math.floor(random() * 10)}`;
    return random() < 0.5 ? `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${name}.min.js` : `https://cdnjs.cloudflare.com/ajax/libs/${name}/${version}/${name}.min.js`;
  }),
  ...Array.from({ length: 80 }, (_, i) => `${TAGS[i % TAGS.length] as string}${hex(10)}`),
];
// The site's own bundles first, so they are the "on every page" ones.
scripts.sort((a, b) => Number(b.includes(SITE_HOST)) - Number(a.includes(SITE_HOST)));
const connections = Array.from({ length: 60 }, (_, i) => `https://${i < 10 ? `api${i}.${SITE_HOST}` : `${word(5 + Math.floor(random() * 8))}.${random() < 0.5 ? 'com' : 'io'}`}/${word(6)}`);
const SECTIONS = ['product', 'product', 'product', 'category', 'blog', 'account', 'search'];
const pages = [
  ...['', 'cart', 'checkout', 'checkout/payment', 'checkout/confirmation', 'account/login'].map((path) => `https://${SITE_HOST}/${path}`),
  ...Array.from({ length: 1_500 }, () => `https://${SITE_HOST}/${SECTIONS[Math.floor(random() * SECTIONS.length)] as string}/${word(4 + Math.floor(random() * 6))}-${word(3 + Math.floor(random() * 6))}`),
];
const POLICY = "script-src 'self' 'report-sample'; connect-src 'self'; report-uri /reports/shop; report-to skimguard";
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

interface Violation { directive: string; blocked: string; sourceFile?: string; line?: number; column?: number; sample: string }

/** One violation: mostly external scripts, some connections (made by a script), a few inline scripts. */
function violation(): Violation {
  const roll = random();
  if (roll < 0.7) return { directive: 'script-src-elem', blocked: popular(scripts), sample: '' };
  if (roll < 0.95) {
    const query = random() < 0.5 ? `?v=${Math.floor(random() * 100)}` : '';
    return { directive: 'connect-src', blocked: `${popular(connections)}${query}`, sourceFile: popular(scripts), line: 1, column: 1 + Math.floor(random() * 5_000), sample: '' };
  }
  return { directive: 'script-src-elem', blocked: 'inline', line: 10 + Math.floor(random() * 200), column: 1 + Math.floor(random() * 80), sample: `window.dataLayer=window.dataLayer||[];${word(8)}` };
}

function pageUrl(): string {
  const page = popular(pages);
  // Query strings are dropped by the parser (personal data), as most real page URLs carry some.
  return random() < 0.3 ? `${page}?utm_source=${word(6)}&q=${word(4)}` : page;
}

function legacyBody(): ReportBody {
  const v = violation();
  const report: Record<string, unknown> = {
    'document-uri': pageUrl(), referrer: '', 'violated-directive': v.directive, 'effective-directive': v.directive,
    'original-policy': POLICY, disposition: 'report', 'blocked-uri': v.blocked,
    ...(v.sourceFile !== undefined || v.line !== undefined ? { 'line-number': v.line, 'column-number': v.column } : {}),
    ...(v.sourceFile !== undefined ? { 'source-file': v.sourceFile } : {}),
    'status-code': 200, 'script-sample': v.sample,
  };
  return { contentType: 'application/csp-report', body: JSON.stringify({ 'csp-report': report }), reports: 1 };
}

function reportingApiBody(): ReportBody {
  const page = pageUrl();
  const count = 2 + Math.floor(random() * 2);
  const reports = Array.from({ length: count }, () => {
    const v = violation();
    return {
      age: Math.floor(random() * 60_000),
      body: {
        blockedURL: v.blocked, ...(v.column !== undefined ? { columnNumber: v.column } : {}), disposition: 'report', documentURL: page,
        effectiveDirective: v.directive, ...(v.line !== undefined ? { lineNumber: v.line } : {}), originalPolicy: POLICY, referrer: '',
        sample: v.sample, ...(v.sourceFile !== undefined ? { sourceFile: v.sourceFile } : {}), statusCode: 200,
      },
      type: 'csp-violation', url: page, user_agent: USER_AGENT,
    };
  });
  return { contentType: 'application/reports+json', body: JSON.stringify(reports), reports: count };
}

export function reportBodies(count: number): ReportBody[] {
  return Array.from({ length: count }, () => (random() < 0.5 ? legacyBody() : reportingApiBody()));
}
