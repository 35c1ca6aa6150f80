/**
 * CSP violation reports, as browsers send them, to what skimguard keeps: a script a page loaded, or a connection a
 * page (and, where the browser says, which script) made. Both report formats are read: the legacy
 * `application/csp-report` body (`{"csp-report": {...}}`, one report, kebab-case) and the Reporting API's
 * `application/reports+json` array (`[{type: "csp-violation", url, body: {...}}]`, camelCase). Parsing is liberal,
 * because browsers differ (Firefox sends no `effective-directive`; Safari puts the whole directive, sources
 * included, in `violated-directive`; older browsers send `blocked-uri: "self"`), and every report not kept is
 * counted under a named reason, so that an operator can see what was dropped and why (the approach of Sentry's
 * relay). Pure: no I/O, no clock.
 */

/** A report that is kept. */
export interface CspObservation {
  kind: 'script' | 'connection';
  /**
   * Scripts: the script URL without its fragment, or one of `inline`, `eval`, `data:`, `blob:`, `wasm-eval`,
   * `trusted-types-sink`. Connections: the host, or the URL without query and fragment when the site's
   * `use_connection_url_path` is on.
   */
  resource: string;
  /** True when `resource` is one of the keywords above rather than a URL or host. */
  keyword: boolean;
  /** The page, without query string and fragment unless the site keeps them (they carry personal data). */
  pageUrl: string;
  /** The script that made the request or holds the inline code, with its position, when the browser says. */
  initiator: { url: string; line: number | null; column: number | null } | null;
  /** The first characters of inline code or of an eval'd string (`'report-sample'`). */
  sample: string | null;
  /** `report` (report-only policy) or `enforce`. */
  disposition: 'report' | 'enforce' | null;
  /** The directive that was violated, as the browser named it (`script-src-elem`, `connect-src`…). */
  directive: string;
  /** Fields of the report this parser does not use, kept as they came. */
  extra: Record<string, unknown>;
}

export type DropReason =
  | 'malformed_body'
  | 'unsupported_content_type'
  | 'not_a_csp_report'
  | 'missing_page'
  | 'page_not_on_site'
  | 'browser_extension'
  | 'other_directive'
  | 'missing_blocked_uri'
  | 'bad_blocked_uri';

export interface SiteSettings {
  /** Host names of the site's pages; `*.shop.example` covers subdomains. */
  hostnames: readonly string[];
  /** Store connection URLs (without query and fragment) instead of hosts. */
  useConnectionUrlPath: boolean;
  /** Keep the query string of page URLs (off by default: they carry e-mail addresses, tokens, order numbers). */
  keepPageQuery?: boolean;
}

export interface ParsedReports {
  observations: CspObservation[];
  dropped: Partial<Record<DropReason, number>>;
}

/** Reports read from one body: a Reporting API batch holds a browser's queued reports, rarely more than a few dozen. */
export const MAX_REPORTS_PER_BODY = 1_000;
/** Longest sample kept: browsers send 40 characters; anything longer is not a browser's. */
const MAX_SAMPLE_LENGTH = 256;

/**
 * Schemes of browser extensions: an extension injecting a script is the visitor's business, not the site's, and
 * counting it would bury the site's own scripts under every visitor's add-ons.
 */
const EXTENSION_SCHEMES = new Set(['chrome-extension', 'moz-extension', 'safari-extension', 'safari-web-extension', 'ms-browser-extension', 'edge-extension']);

const SCRIPT_DIRECTIVES = new Set(['script-src', 'script-src-elem', 'script-src-attr', 'worker-src']);
const CONNECTION_DIRECTIVES = new Set(['connect-src']);

/** blocked-uri values that are not URLs, as the browsers spell them, and what they are kept as. */
const KEYWORDS_BY_NAME: ReadonlyMap<string, string> = new Map([
  ['inline', 'inline'], ['eval', 'eval'], ['wasm-eval', 'wasm-eval'], ['data', 'data:'], ['blob', 'blob:'], ['trusted-types-sink', 'trusted-types-sink'],
]);

/** The fields of one report, whichever format it came in. */
interface RawReport {
  documentUrl: unknown;
  blockedUrl: unknown;
  effectiveDirective: unknown;
  violatedDirective: unknown;
  sourceFile: unknown;
  lineNumber: unknown;
  columnNumber: unknown;
  sample: unknown;
  disposition: unknown;
  extra: Record<string, unknown>;
}

const LEGACY_FIELDS: Readonly<Record<string, keyof Omit<RawReport, 'extra'>>> = {
  'document-uri': 'documentUrl', 'blocked-uri': 'blockedUrl', 'effective-directive': 'effectiveDirective',
  'violated-directive': 'violatedDirective', 'source-file': 'sourceFile', 'line-number': 'lineNumber',
  'column-number': 'columnNumber', 'script-sample': 'sample', disposition: 'disposition',
};
const REPORTING_FIELDS: Readonly<Record<string, keyof Omit<RawReport, 'extra'>>> = {
  documentURL: 'documentUrl', blockedURL: 'blockedUrl', effectiveDirective: 'effectiveDirective',
  sourceFile: 'sourceFile', lineNumber: 'lineNumber', columnNumber: 'columnNumber', sample: 'sample', disposition: 'disposition',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function rawReport(body: Record<string, unknown>, fields: Readonly<Record<string, keyof Omit<RawReport, 'extra'>>>): RawReport {
  const report: RawReport = {
    documentUrl: undefined, blockedUrl: undefined, effectiveDirective: undefined, violatedDirective: undefined,
    sourceFile: undefined, lineNumber: undefined, columnNumber: undefined, sample: undefined, disposition: undefined, extra: {},
  };
  for (const name in body) {
    if (!Object.hasOwn(body, name)) continue;
    const field = fields[name];
    if (field !== undefined) report[field] = body[name];
    else report.extra[name] = body[name];
  }
  return report;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const position = (value: unknown): number | null => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : null;
};

/** `script-src 'none' 'report-sample'` (Safari) or `script-src-elem` (the others): the directive's name. */
function directiveOf(report: RawReport): string {
  const named = text(report.effectiveDirective) || text(report.violatedDirective);
  return (named.split(/\s+/)[0] ?? '').toLowerCase();
}

function hostMatches(host: string, hostnames: readonly string[]): boolean {
  return hostnames.some((name) => {
    const pattern = name.toLowerCase();
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) || host === pattern.slice(2) : host === pattern;
  });
}

/** The URL's text without its fragment (the URL is this parser's own, so it is changed in place). */
function withoutFragment(url: URL): string {
  // Setting a URL part re-serializes the whole URL: only pay for it when there is a fragment.
  if (url.hash !== '') url.hash = '';
  return url.href;
}

const isExtension = (url: URL): boolean => EXTENSION_SCHEMES.has(url.protocol.slice(0, -1));

type Reading = { observation: CspObservation } | { dropped: DropReason };

function readReport(report: RawReport, site: SiteSettings): Reading {
  let page: URL;
  try {
    page = new URL(text(report.documentUrl));
  } catch {
    return { dropped: 'missing_page' };
  }
  if (isExtension(page)) return { dropped: 'browser_extension' };
  if (!hostMatches(page.hostname, site.hostnames)) return { dropped: 'page_not_on_site' };
  const directive = directiveOf(report);
  const kind = SCRIPT_DIRECTIVES.has(directive) ? 'script' : CONNECTION_DIRECTIVES.has(directive) ? 'connection' : null;
  if (kind === null) return { dropped: 'other_directive' };

  const blocked = text(report.blockedUrl);
  if (blocked === '') return { dropped: 'missing_blocked_uri' };
  let resource: string;
  let keyword = false;
  // Keywords are short; a URL never needs lower-casing for this look-up.
  const named = (blocked.length <= 18 ? KEYWORDS_BY_NAME.get(blocked.toLowerCase()) : undefined) ?? (/^(data|blob):/i.test(blocked) ? `${blocked.slice(0, 4).toLowerCase()}:` : undefined);
  if (named !== undefined) {
    resource = named;
    keyword = true;
  } else {
    let url: URL;
    try {
      // `self` (older browsers) is the page's own origin; a bare host is read as https.
      url = blocked.toLowerCase() === 'self' ? new URL(page.origin) : new URL(/^[a-z][a-z0-9+.-]*:/i.test(blocked) ? blocked : `https://${blocked}`);
    } catch {
      return { dropped: 'bad_blocked_uri' };
    }
    if (isExtension(url)) return { dropped: 'browser_extension' };
    if (url.hostname === '') return { dropped: 'bad_blocked_uri' };
    if (kind === 'script') resource = withoutFragment(url);
    else if (site.useConnectionUrlPath) resource = `${url.protocol}//${url.host}${url.pathname}`;
    else resource = url.hostname;
  }

  const sourceFile = text(report.sourceFile);
  let initiator: CspObservation['initiator'] = null;
  if (sourceFile !== '') {
    try {
      const source = new URL(sourceFile);
      if (isExtension(source)) return { dropped: 'browser_extension' };
      // Inline code's source is the page itself; its query carries the same personal data as the page's.
      if (!site.keepPageQuery && source.origin === page.origin && source.pathname === page.pathname) source.search = '';
      initiator = { url: withoutFragment(source), line: position(report.lineNumber), column: position(report.columnNumber) };
    } catch {
      // not a URL (some browsers send the page's own name for inline code): kept with the extra fields
      report.extra['source-file'] = sourceFile;
    }
  }
  if (!site.keepPageQuery && page.search !== '') page.search = '';
  const sample = text(report.sample);
  const disposition = text(report.disposition).toLowerCase();
  return {
    observation: {
      kind, resource, keyword, pageUrl: withoutFragment(page), initiator,
      sample: sample === '' ? null : sample.slice(0, MAX_SAMPLE_LENGTH),
      disposition: disposition === 'report' || disposition === 'enforce' ? disposition : null,
      directive,
      extra: report.extra,
    },
  };
}

/** The media type without parameters, lower case. */
const mediaType = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Whether a body of this content type may hold CSP reports (either format: the body's shape decides which). */
export function isCspContentType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === 'application/csp-report' || type === 'application/reports+json' || type === 'application/json';
}

/**
 * Reads one POST body. `contentType` picks the format, but a body that plainly is the other format is read as what
 * it is (browsers and proxies get the header wrong); `application/json` may hold either.
 */
export function parseCspReports(contentType: string | undefined, body: string, site: SiteSettings): ParsedReports {
  if (!isCspContentType(contentType)) return { observations: [], dropped: { unsupported_content_type: 1 } };
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return { observations: [], dropped: { malformed_body: 1 } };
  }
  return readCspDocument(document, site);
}

/** Reads a body already parsed as JSON (of a CSP content type): one legacy report, or a Reporting API batch. */
export function readCspDocument(document: unknown, site: SiteSettings): ParsedReports {
  const result: ParsedReports = { observations: [], dropped: {} };
  const drop = (reason: DropReason, count = 1): void => {
    result.dropped[reason] = (result.dropped[reason] ?? 0) + count;
  };
  const reports: RawReport[] = [];
  if (isRecord(document) && isRecord(document['csp-report'])) {
    reports.push(rawReport(document['csp-report'], LEGACY_FIELDS));
  } else if (Array.isArray(document) || (isRecord(document) && document.type !== undefined)) {
    const entries: unknown[] = Array.isArray(document) ? document : [document];
    if (entries.length > MAX_REPORTS_PER_BODY) drop('malformed_body', entries.length - MAX_REPORTS_PER_BODY);
    for (const entry of entries.slice(0, MAX_REPORTS_PER_BODY)) {
      if (isRecord(entry) && typeof entry.type === 'string' && entry.type !== 'csp-violation') {
        drop('not_a_csp_report');
        continue;
      }
      if (!isRecord(entry) || entry.type !== 'csp-violation' || !isRecord(entry.body)) {
        drop('malformed_body');
        continue;
      }
      const report = rawReport(entry.body, REPORTING_FIELDS);
      // the envelope's `url` is the page when the body has no documentURL (it always has in current browsers)
      if (report.documentUrl === undefined) report.documentUrl = entry.url;
      reports.push(report);
    }
  } else {
    drop('malformed_body');
    return result;
  }
  for (const report of reports) {
    const reading = readReport(report, site);
    if ('observation' in reading) result.observations.push(reading.observation);
    else drop(reading.dropped);
  }
  return result;
}
