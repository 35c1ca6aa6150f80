/**
 * URL canonicalization and lookup expressions as Google Safe Browsing (v4) specifies them, so that a feed entry and a
 * URL seen on a page match however either is spelled: `HTTP://WWW.Evil.example.:80/a/./b/../c%2Fd#x` and
 * `http://www.evil.example/a/c/d` are one URL. Written by hand: no npm package implements this specification, and
 * WHATWG URL parsing (node:url) normalizes differently (it keeps ports and fragments, does not unescape repeatedly,
 * and rejects hosts that Safe Browsing keeps, such as `%01%80.com`).
 *
 * The work is done on bytes (a percent-escape names a byte, not a character): a string input is read as UTF-8, and
 * raw bytes can be given as they are. Pure: no I/O.
 */
import { domainToASCII } from 'node:url';

/** Rounds of unescaping; `%252525…` nests one level per round, and real URLs need two or three. */
const MAX_UNESCAPE_ROUNDS = 1024;
/** Longest input considered: a URL this long is an attack on the matcher, not an address. */
export const MAX_URL_LENGTH = 64 * 1024;
/** Host components used for suffix lookups (Safe Browsing: the last five). */
const MAX_HOST_SUFFIX_COMPONENTS = 5;
/** Path prefixes looked up besides the exact path (Safe Browsing: four, starting at the root). */
const MAX_PATH_PREFIXES = 4;

export interface CanonicalUrl {
  /** `http` or `https` (or another scheme the input named), lower case. */
  scheme: string;
  /** Canonical host: lower case, dots collapsed, IPv4 as a dotted quad, IDN as punycode, odd bytes escaped. */
  host: string;
  /** Canonical path, starting with `/`. */
  path: string;
  /** The query after `?` (possibly empty), or null when the URL had no `?`. */
  query: string | null;
  /** `scheme://host/path[?query]`. */
  url: string;
  /** True when the host is an IPv4 address. */
  ip: boolean;
}

/** Input as bytes: a string is encoded as UTF-8, as a browser sends it; bytes (from a raw log line) as they are. */
function toBytes(input: string | Uint8Array): number[] {
  return [...(typeof input === 'string' ? Buffer.from(input, 'utf8') : input)];
}

const hexValue = (byte: number | undefined): number => {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
};

/** One round of percent-unescaping; returns null when nothing was unescaped. */
function unescapeOnce(bytes: readonly number[]): number[] | null {
  let changed = false;
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const high = bytes[i] === 0x25 ? hexValue(bytes[i + 1]) : -1;
    const low = high >= 0 ? hexValue(bytes[i + 2]) : -1;
    if (low >= 0) {
      out.push(high * 16 + low);
      i += 2;
      changed = true;
    } else out.push(bytes[i] as number);
  }
  return changed ? out : null;
}

/** Escapes bytes at or below space, at or above DEL, `#` and `%`, with upper-case hex. */
function escapeBytes(bytes: readonly number[]): string {
  const parts: string[] = [];
  for (const byte of bytes) {
    parts.push(byte <= 0x20 || byte >= 0x7f || byte === 0x23 || byte === 0x25 ? `%${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte));
  }
  return parts.join('');
}

const IPV4_CHARACTERS = /^[0-9a-fx.]+$/i;

/** One IPv4 component as inet_aton reads it: `0x` hex, leading-zero octal, or decimal; null if not a number. */
function ipv4Part(text: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(text)) return text.length === 2 ? 0 : Number.parseInt(text.slice(2), 16);
  if (/^0[0-7]+$/.test(text)) return Number.parseInt(text, 8);
  if (/^(?:0|[1-9]\d*)$/.test(text)) return Number(text);
  return null;
}

/**
 * `3279880203`, `0xC37F000B`, `0303.0177.0.013`, `195.8323083`: any inet_aton spelling of an IPv4 address, as a
 * dotted quad; null when the host is not one. Phishing links use these spellings to slip past lists of dotted quads.
 */
export function canonicalIpv4(host: string): string | null {
  if (!IPV4_CHARACTERS.test(host)) return null; // nearly every host: no split, no number parsing
  const parts = host.split('.');
  if (parts.length > 4 || parts.some((part) => part === '')) return null;
  const numbers = parts.map(ipv4Part);
  if (numbers.some((value) => value === null)) return null;
  const values = numbers as number[];
  const last = values[values.length - 1] as number;
  const leading = values.slice(0, -1);
  if (leading.some((value) => value > 255) || last >= 256 ** (5 - values.length)) return null;
  const octets = [...leading];
  for (let shift = 4 - values.length; shift >= 0; shift--) octets.push(Math.floor(last / 256 ** shift) % 256);
  return octets.join('.');
}

/** Text whose characters stand for bytes, escaped where Safe Browsing escapes (unchanged when nothing needs it). */
function escapeText(text: string): string {
  return NOTHING_TO_ESCAPE.test(text) ? text : escapeBytes([...text].map((char) => char.charCodeAt(0)));
}

const NOTHING_TO_ESCAPE = /^[\x21\x22\x24\x26-\x7e]*$/;

function canonicalHost(raw: string): { host: string; ip: boolean } {
  let text = raw;
  // userinfo (`user:pass@`) and port are not part of the host
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  if (!text.startsWith('[') && text.includes(':')) text = text.replace(/:\d*$/, '');
  if (text.includes('..') || text.startsWith('.') || text.endsWith('.')) text = text.replace(/^\.+|\.+$/g, '').replace(/\.{2,}/g, '.');
  const ipv4 = canonicalIpv4(text);
  if (ipv4 !== null) return { host: ipv4, ip: true };
  if (/[\x80-\xff]/.test(text)) {
    // An internationalized name (valid UTF-8) becomes punycode; bytes that are not UTF-8 stay escaped.
    const decoded = Buffer.from(text, 'latin1').toString('utf8');
    if (!decoded.includes('\uFFFD')) {
      const ascii = domainToASCII(decoded);
      if (ascii !== '') return { host: ascii, ip: false };
    }
  }
  // ASCII letters only: the other characters stand for bytes, which lower-casing would change
  return { host: escapeText(/[\x80-\xff]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase()), ip: false };
}

/** Resolves `.` and `..` segments and collapses runs of slashes. */
/** A path with no empty, `.` or `..` segment is already canonical (most are). */
const SIMPLE_PATH = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)*\/?$/;

function canonicalPath(path: string): string {
  if (path === '') return '/';
  if (SIMPLE_PATH.test(path)) return path;
  const segments: string[] = [];
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  const trailing = path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..');
  const joined = `/${segments.join('/')}`;
  return trailing && segments.length > 0 ? `${joined}/` : joined;
}

/** The canonical form of a URL (or a bare host), or null when there is no host. */
export function canonicalizeUrl(input: string | Uint8Array): CanonicalUrl | null {
  if (input.length > MAX_URL_LENGTH) return null;
  return (typeof input === 'string' ? canonicalUrlAsWritten(input) : null) ?? canonicalizeGenerally(input);
}

const isLowerLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * True for the spelling nearly every host has: lower-case letters, digits, dots and hyphens, no trailing dot, and a
 * letter no IPv4 spelling has (past `f`, other than `x`). Such a text is a host in canonical form already, with no
 * URL syntax: one scan instead of the regular expressions below (it runs for every lookup).
 */
export function isPlainHost(raw: string): boolean {
  if (raw.length === 0 || raw.charCodeAt(raw.length - 1) === 0x2e) return false;
  let notIpv4 = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isLowerLetter(code)) notIpv4 ||= code > 0x66 && code !== 0x78;
    else if (code === 0x2d) notIpv4 = true;
    else if (code !== 0x2e && !isDigit(code)) return false;
  }
  return notIpv4;
}

/**
 * The canonical form of a URL that is already canonical but for its fragment: lower-case scheme and host, a host
 * that cannot be an IPv4 spelling, no port or user, printable ASCII with no `%`, a path with no empty, `.` or `..`
 * segment. Nearly every URL a page loads is one, and one scan recognizes it, where the general route takes about a
 * microsecond of regular expressions. Null means "not recognized", and the general route answers; a test holds the
 * two to the same results.
 */
export function canonicalUrlAsWritten(input: string): CanonicalUrl | null {
  const length = input.length;
  if (length === 0 || !isLowerLetter(input.charCodeAt(0))) return null;
  let i = 1;
  let code = 0;
  for (; i < length; i++) {
    code = input.charCodeAt(i);
    if (!isLowerLetter(code) && !isDigit(code) && code !== 0x2b && code !== 0x2e && code !== 0x2d) break;
  }
  if (code !== 0x3a || input.charCodeAt(i + 1) !== 0x2f || input.charCodeAt(i + 2) !== 0x2f) return null;
  const scheme = input.slice(0, i);
  const hostStart = i + 3;
  for (i = hostStart; i < length; i++) {
    code = input.charCodeAt(i);
    if (code === 0x2f || code === 0x3f || code === 0x23) break;
  }
  const host = input.slice(hostStart, i);
  if (!isPlainHost(host) || host.startsWith('.') || host.includes('..')) return null;
  const pathStart = i;
  let queryStart = -1;
  let end = length;
  for (; i < length; i++) {
    code = input.charCodeAt(i);
    if (code < 0x21 || code > 0x7e || code === 0x25) return null;
    if (code === 0x23) {
      end = i;
      break;
    }
    if (code === 0x3f && queryStart < 0) queryStart = i;
  }
  const pathEnd = queryStart < 0 ? end : queryStart;
  const path = pathEnd > pathStart ? input.slice(pathStart, pathEnd) : '/';
  if ((path.includes('//') || path.includes('/.')) && !SIMPLE_PATH.test(path)) return null;
  const query = queryStart < 0 ? null : input.slice(queryStart + 1, end);
  const url = end === length && pathEnd > pathStart ? input : `${scheme}://${host}${path}${query === null ? '' : `?${query}`}`;
  return { scheme, host, path, query, url, ip: false };
}

/** Canonicalization without the fast route for URLs already canonical (exported for the test that compares them). */
export function canonicalizeGenerally(input: string | Uint8Array): CanonicalUrl | null {
  if (input.length > MAX_URL_LENGTH) return null;
  // Most URLs are plain printable ASCII with no escapes: nothing to unescape or re-escape, so no byte arrays.
  if (typeof input === 'string' && PLAIN_URL.test(input)) return fromText(input.replace(/#.*$/, ''));
  let bytes = toBytes(input).filter((byte) => byte !== 0x09 && byte !== 0x0d && byte !== 0x0a);
  // leading and trailing spaces are not part of the URL
  let start = 0;
  let end = bytes.length;
  while (start < end && (bytes[start] as number) <= 0x20) start++;
  while (end > start && (bytes[end - 1] as number) <= 0x20) end--;
  bytes = bytes.slice(start, end);
  const fragment = bytes.indexOf(0x23);
  if (fragment >= 0) bytes = bytes.slice(0, fragment);
  for (let round = 0; round < MAX_UNESCAPE_ROUNDS; round++) {
    const next = unescapeOnce(bytes);
    if (next === null) break;
    bytes = next;
  }
  return fromText(Buffer.from(bytes).toString('latin1'));
}

/** Printable ASCII without `%`: no escapes to resolve and nothing that needs escaping (bar a fragment, cut off). */
const PLAIN_URL = /^[\x21-\x24\x26-\x7e]*$/;

/** The rest of canonicalization, on unescaped text whose characters stand for bytes. */
function fromText(unescaped: string): CanonicalUrl | null {
  let text = unescaped;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  const scheme = schemeMatch ? (schemeMatch[1] as string).toLowerCase() : 'http';
  text = schemeMatch ? text.slice(schemeMatch[0].length) : text.replace(/^\/\//, '');
  const hostEnd = text.search(/[/?]/);
  const rawHost = hostEnd < 0 ? text : text.slice(0, hostEnd);
  const rest = hostEnd < 0 ? '' : text.slice(hostEnd);
  const question = rest.indexOf('?');
  const rawPath = question < 0 ? rest : rest.slice(0, question);
  const rawQuery = question < 0 ? null : rest.slice(question + 1);
  const { host, ip } = canonicalHost(rawHost);
  if (host === '') return null;
  const path = escapeText(canonicalPath(rawPath));
  const query = rawQuery === null ? null : escapeText(rawQuery);
  return { scheme, host, path, query, ip, url: `${scheme}://${host}${path}${query === null ? '' : `?${query}`}` };
}

/** A canonical URL as lookup expressions and URL indicators spell it: `host/path[?query]`, no scheme. */
export function urlExpression(url: CanonicalUrl): string {
  return `${url.host}${url.path}${url.query === null ? '' : `?${url.query}`}`;
}

/**
 * True when the text names a URL (a scheme, or a path, query or fragment after the host) rather than a bare host:
 * something before the first `/`, `?` or `#` (which covers `scheme://`), or a leading `//`. A character scan rather
 * than regular expressions: it runs for every target `check` is given.
 */
export function looksLikeUrl(target: string): boolean {
  for (let i = 0; i < target.length; i++) {
    const code = target.charCodeAt(i);
    if (code === 0x2f || code === 0x3f || code === 0x23) return i > 0 || (code === 0x2f && target.charCodeAt(1) === 0x2f);
  }
  return false;
}

/**
 * The hosts a URL is looked up under, as Safe Browsing does: the exact host, then up to four suffixes from its last
 * five components (never the top-level domain alone); an IP address only as itself.
 */
export function lookupHosts(url: CanonicalUrl): string[] {
  const hosts = [url.host];
  if (!url.ip) {
    const components = url.host.split('.');
    const tail = components.slice(-MAX_HOST_SUFFIX_COMPONENTS);
    for (let i = components.length > MAX_HOST_SUFFIX_COMPONENTS ? 0 : 1; i < tail.length - 1; i++) hosts.push(tail.slice(i).join('.'));
  }
  return [...new Set(hosts)];
}

/**
 * The paths a URL is looked up under: the exact path with its query, without it, and up to four directory prefixes
 * from the root (`/`, `/1/`, `/1/2/`…).
 */
export function lookupPaths(url: CanonicalUrl): string[] {
  const paths: string[] = [];
  if (url.query !== null) paths.push(`${url.path}?${url.query}`);
  paths.push(url.path);
  // directories only: the last segment of `/1/2.html` is a file, of `/1/2/` an empty name after the slash
  const segments = url.path.split('/').slice(1, -1);
  let prefix = '/';
  paths.push(prefix);
  for (let i = 0; i < segments.length && i < MAX_PATH_PREFIXES - 1; i++) {
    prefix += `${segments[i] as string}/`;
    paths.push(prefix);
  }
  return [...new Set(paths)];
}

/**
 * The host-suffix × path-prefix expressions a feed entry may be listed under: `a.b.c/1/2.html?param=1` is checked
 * as `a.b.c/1/2.html?param=1`, `a.b.c/1/2.html`, `a.b.c/`, `a.b.c/1/`, and the same paths under `b.c`.
 */
export function lookupExpressions(url: CanonicalUrl): string[] {
  const paths = lookupPaths(url);
  return lookupHosts(url).flatMap((host) => paths.map((path) => `${host}${path}`));
}
