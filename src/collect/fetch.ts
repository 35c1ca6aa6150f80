/**
 * Fetches a script or page for scanning without letting a hostile URL reach the network skimguard runs in.
 *
 * The URLs we fetch come from users and from hostile pages (script src, redirects), so every hop is treated as an
 * SSRF attempt until proven otherwise: only http(s), the host is resolved here and every address it resolves to is
 * checked, the socket is then pinned to the checked address (no second DNS answer can swap in 127.0.0.1 — DNS
 * rebinding), redirects are followed by hand and re-checked, and every resource the response can make us spend
 * (time, bytes on the wire, bytes after decompression, redirect hops, header size) is bounded.
 */
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { lookup as systemDnsLookup } from 'node:dns/promises';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import type { IPv4, IPv6 } from 'ipaddr.js';

/** Bounds the response body, counted after content-decoding (and separately on the wire), so a huge or
 * decompression-bomb response cannot exhaust memory. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
/** Bounds how many redirects one fetch follows, so a redirect loop or long chain cannot keep us busy. */
export const MAX_REDIRECTS = 5;
/** Bounds the wall-clock time of a whole fetch: DNS, every redirect hop and the body. Defeats slow-loris servers. */
export const FETCH_TIMEOUT_MS = 10_000;
/** Bounds the size of one response's header block (Node's default, pinned here so it cannot drift). */
export const MAX_RESPONSE_HEADER_BYTES = 16 * 1024;
/** Bounds how much of an unparsable, attacker-chosen URL is quoted back in an error message. */
export const MAX_URL_CHARS_IN_MESSAGE = 200;

export const DEFAULT_USER_AGENT = 'skimguard (client-side security scanner)';

export interface FetchOptions {
  /** Skip the address policy entirely (for scanning an intranet on purpose). Default false. */
  allowPrivate?: boolean;
  /** Maximum body size in bytes after decoding. Default MAX_FETCH_BYTES. */
  maxBytes?: number;
  /** Maximum number of redirects followed. Default MAX_REDIRECTS. */
  maxRedirects?: number;
  /** Time limit for the whole request including redirects and body. Default FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Replaces the default public-address policy (isPublicAddress); meant for tests. */
  isAddressAllowed?: (ip: string) => boolean;
  /** Replaces DNS resolution; meant for tests. Must return IP address strings. */
  lookup?: (hostname: string) => Promise<string[]>;
  userAgent?: string;
  /**
   * Validators from an earlier fetch of the same URL, sent as If-None-Match / If-Modified-Since: a server that has
   * nothing new answers 304 and the result says `notModified` (feeds are refreshed this way, a dump re-sent only when
   * it changed).
   */
  etag?: string | null;
  lastModified?: string | null;
  /**
   * More request headers (a TAXII media type, a feed's credentials). Sent only to the origin of the first URL: a
   * redirect to another origin must not carry a feed's Authorization header to whoever it points at.
   */
  headers?: Record<string, string>;
}

export type FetchFailureReason =
  | 'bad_url'
  | 'blocked_address'
  | 'too_many_redirects'
  | 'too_large'
  | 'timeout'
  | 'http_status'
  | 'network';

/**
 * `url` is the final URL (ok) or the URL being fetched when it failed. `redirects` lists, in order, every URL that
 * answered with a redirect, so `[...redirects, url]` is the whole chain starting at the URL asked for.
 */
export type FetchResult =
  | {
    ok: true; url: string; status: number; contentType: string | null; body: Buffer; redirects: string[];
    /** True for a 304 answer to a conditional request (`body` is then empty). */
    notModified: boolean; etag: string | null; lastModified: string | null;
    /** Response headers, names in lower case (repeated headers joined with ", "). */
    headers: Record<string, string>;
  }
  | { ok: false; url: string; reason: FetchFailureReason; message: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Thrown inside this module only; fetchUrl turns it into an `ok: false` result. */
class FetchFailure extends Error {
  readonly reason: FetchFailureReason;
  constructor(reason: FetchFailureReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

interface FetchSettings {
  maxBytes: number;
  maxRedirects: number;
  timeoutMs: number;
  isAllowed: ((ip: string) => boolean) | null;
  resolve: (hostname: string) => Promise<string[]>;
  userAgent: string;
  conditional: Record<string, string>;
  extraHeaders: Record<string, string>;
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const settings: FetchSettings = {
    maxBytes: options.maxBytes ?? MAX_FETCH_BYTES,
    maxRedirects: options.maxRedirects ?? MAX_REDIRECTS,
    timeoutMs: options.timeoutMs ?? FETCH_TIMEOUT_MS,
    isAllowed: options.allowPrivate === true ? null : (options.isAddressAllowed ?? isPublicAddress),
    resolve: options.lookup ?? resolveWithSystemDns,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    conditional: {
      ...(options.etag ? { 'if-none-match': options.etag } : {}),
      ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
    },
    extraHeaders: Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
  };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
  // Tracks which hop we are on, so a failure names the URL that actually caused it.
  const progress = { currentUrl: url };
  try {
    return await followRedirects(url, settings, deadline.signal, progress);
  } catch (error) {
    const failedUrl = progress.currentUrl;
    if (deadline.signal.aborted) {
      return failure(failedUrl, 'timeout', `Fetching ${failedUrl} took longer than ${settings.timeoutMs} ms.`);
    }
    if (error instanceof FetchFailure) return failure(failedUrl, error.reason, error.message);
    return failure(failedUrl, 'network', `Could not fetch ${failedUrl}: ${describeError(error)}.`);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  startUrl: string,
  settings: FetchSettings,
  signal: AbortSignal,
  progress: { currentUrl: string },
): Promise<FetchResult> {
  const redirects: string[] = [];
  let target = parseFetchableUrl(startUrl, null);
  const origin = target.origin;
  for (;;) {
    progress.currentUrl = target.href;
    const address = await abortable(resolveCheckedAddress(target, settings), signal);
    const response = await sendRequest(target, address, settings, signal, target.origin === origin ? settings.extraHeaders : {});
    const status = response.statusCode ?? 0;
    const location = response.headers.location;

    if (REDIRECT_STATUSES.has(status) && location !== undefined) {
      // Discard rather than drain: a redirect body is never needed and could be endless.
      response.destroy();
      if (redirects.length >= settings.maxRedirects) {
        throw new FetchFailure(
          'too_many_redirects',
          `Gave up on ${target.href} after following ${settings.maxRedirects} redirects.`,
        );
      }
      redirects.push(target.href);
      // Re-validated from scratch: a public server must not be able to bounce us to file:, or to an internal host.
      target = parseFetchableUrl(location, target);
      continue;
    }

    const validators = { etag: headerText(response.headers.etag), lastModified: headerText(response.headers['last-modified']) };
    if (status === 304 && Object.keys(settings.conditional).length > 0) {
      response.destroy();
      return { ok: true, url: target.href, status, contentType: null, body: Buffer.alloc(0), redirects, notModified: true, ...validators, headers: headersOf(response) };
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new FetchFailure('http_status', `${target.href} answered with HTTP status ${status}.`);
    }

    const declaredLength = Number(response.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > settings.maxBytes) {
      // Refuse before reading a byte when the server already admits the body is too big.
      response.destroy();
      throw new FetchFailure(
        'too_large',
        `${target.href} declares a ${declaredLength}-byte body, above the ${settings.maxBytes}-byte limit.`,
      );
    }

    const body = await readCappedBody(response, target.href, settings.maxBytes, signal);
    return {
      ok: true,
      url: target.href,
      status,
      contentType: response.headers['content-type'] ?? null,
      body,
      redirects,
      notModified: false,
      ...validators,
      headers: headersOf(response),
    };
  }
}

function headerText(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Parses `raw` (relative to `base` for redirects) and refuses every scheme except http: and https:. */
function parseFetchableUrl(raw: string, base: URL | null): URL {
  let parsed: URL;
  try {
    parsed = base === null ? new URL(raw) : new URL(raw, base);
  } catch {
    const origin = base === null ? '' : ` (redirected from ${base.href})`;
    throw new FetchFailure('bad_url', `${quoteForMessage(raw)} is not a valid URL${origin}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    // file:, data:, gopher:, ftp: … would either read local files or speak other protocols to internal services.
    throw new FetchFailure('bad_url', `Refused to fetch ${parsed.href}: only http: and https: URLs are fetched.`);
  }
  return parsed;
}

/**
 * Returns the one address we will connect to, after checking every address the host resolves to. Checking all of
 * them (not just the first) defeats a record set that mixes a public and an internal address.
 */
async function resolveCheckedAddress(target: URL, settings: FetchSettings): Promise<string> {
  const host = hostnameWithoutBrackets(target);
  // WHATWG URL parsing has already turned odd IPv4 spellings (2130706433, 0x7f.1, 0177.0.0.1) into dotted decimal
  // and IPv6 into its canonical form, so a literal is recognised here however it was written.
  const isLiteral = isIP(host) !== 0;
  let addresses: string[];
  if (isLiteral) {
    addresses = [host];
  } else {
    try {
      addresses = await settings.resolve(host);
    } catch (error) {
      throw new FetchFailure('network', `Could not resolve ${host} for ${target.href}: ${describeError(error)}.`);
    }
  }
  const first = addresses[0];
  if (first === undefined) {
    throw new FetchFailure('network', `Could not resolve ${host} for ${target.href}: no addresses were returned.`);
  }
  for (const address of addresses) {
    if (isIP(address) === 0) {
      throw new FetchFailure(
        'network',
        `Could not resolve ${host} for ${target.href}: the resolver returned ${quoteForMessage(address)}, which is not an IP address.`,
      );
    }
    if (settings.isAllowed !== null && !settings.isAllowed(address)) {
      const subject = isLiteral ? address : `${host} resolves to ${address}, which`;
      throw new FetchFailure(
        'blocked_address',
        `Refused to fetch ${target.href}: ${subject} is not an allowed (public) address.`,
      );
    }
  }
  return first;
}

async function resolveWithSystemDns(hostname: string): Promise<string[]> {
  const records = await systemDnsLookup(hostname, { all: true });
  return records.map((record) => record.address);
}

/** Sends one GET whose socket can only ever connect to `address`, whatever name the URL carries. */
function headersOf(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

function sendRequest(target: URL, address: string, settings: FetchSettings, signal: AbortSignal, extraHeaders: Record<string, string>): Promise<IncomingMessage> {
  const family = isIP(address);
  // Node would otherwise run its own DNS lookup for the hostname; answering with the address we already checked
  // closes the DNS-rebinding window while the hostname still drives the Host header, SNI and certificate checks.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all === true) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = transport.request(
      {
        protocol: target.protocol,
        hostname: hostnameWithoutBrackets(target),
        port: target.port === '' ? undefined : Number(target.port),
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { 'user-agent': settings.userAgent, accept: '*/*', 'accept-encoding': 'gzip, deflate, br', ...settings.conditional, ...extraHeaders },
        lookup: pinnedLookup,
        // No shared keep-alive pool: a socket opened under one call's policy must never serve another call.
        agent: false,
        maxHeaderSize: MAX_RESPONSE_HEADER_BYTES,
        signal,
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

/**
 * Reads the body, decoding it, and aborts the moment either the bytes on the wire or the decoded bytes exceed the
 * cap. Counting decoded bytes defeats decompression bombs; counting wire bytes defeats an endless compressed stream
 * that decodes to nothing.
 */
async function readCappedBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const tooLarge = (): FetchFailure =>
    new FetchFailure('too_large', `Stopped reading ${url}: the body is larger than ${maxBytes} bytes.`);
  let wireBytes = 0;
  const wireCounter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) callback(tooLarge());
      else callback(null, chunk);
    },
  });
  const chunks: Buffer[] = [];
  let decodedBytes = 0;
  const collector = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) {
        callback(tooLarge());
        return;
      }
      chunks.push(chunk);
      callback();
    },
  });
  const decoders = createDecoders(response.headers['content-encoding'], url);
  await pipeline([response, wireCounter, ...decoders, collector], { signal });
  return Buffer.concat(chunks, decodedBytes);
}

/** One decoder per listed content-coding, in the reverse of the order the server applied them. */
function createDecoders(contentEncoding: string | undefined, url: string): Transform[] {
  if (contentEncoding === undefined) return [];
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  // Lenient flushing: browsers render truncated compressed responses, so a scanner must see them too.
  const zlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip(zlibOptions);
      case 'deflate':
        return zlib.createInflate(zlibOptions);
      case 'br':
        return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
      default:
        throw new FetchFailure('network', `Could not decode ${url}: unsupported content-encoding ${quoteForMessage(coding)}.`);
    }
  });
}

/**
 * Whether connecting to `ip` stays on the public internet. Anything that is not plainly global unicast is refused:
 * loopback, private, link-local (cloud metadata at 169.254.169.254), CGNAT, multicast, broadcast, reserved,
 * documentation and benchmarking ranges, unique-local IPv6, and IPv6 forms that embed a non-public IPv4 address.
 * Non-canonical spellings ("127.1", "2130706433", zone ids) are refused too: resolvers return canonical text, so
 * anything else is either a bug or a trick.
 */
export function isPublicAddress(ip: string): boolean {
  const version = isIP(ip);
  if (version === 0 || ip.includes('%')) return false;
  if (version === 4) return isPublicIPv4(ipaddr.IPv4.parse(ip));
  // ipaddr.js reads a dotted tail like ::8.8.8.8 as IPv4-mapped (::ffff:8.8.8.8), but it is the deprecated
  // IPv4-compatible ::808:808; spelling the address in hex first (WHATWG URL host serialisation) keeps it honest.
  const hexSpelling = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  return isPublicIPv6(ipaddr.IPv6.parse(hexSpelling));
}

function isPublicIPv4(address: IPv4): boolean {
  // ipaddr.js names every special-purpose IPv4 block (RFC 6890 registry); only what it leaves as plain 'unicast'
  // is globally reachable. Its 'as112' and 'amt' anycast blocks are refused too: we never need to fetch from them.
  return address.range() === 'unicast';
}

function isPublicIPv6(address: IPv6): boolean {
  const parts = address.parts;
  switch (address.range()) {
    case 'ipv4Mapped':
      // ::ffff:127.0.0.1 on a dual-stack socket IS 127.0.0.1.
      return isPublicIPv4(address.toIPv4Address());
    case 'rfc6052': {
      // NAT64 (64:ff9b::/96) forwards to the embedded IPv4 address, so judge that address. The local-use prefix
      // 64:ff9b:1::/48 leads into a private translator and is refused.
      const isWellKnownPrefix = parts[2] === 0 && parts[3] === 0 && parts[4] === 0 && parts[5] === 0;
      return isWellKnownPrefix && isPublicIPv4(embeddedIPv4(parts[6], parts[7]));
    }
    case '6to4':
      // 2002:AABB:CCDD::/48 is routed to the IPv4 address AA.BB.CC.DD.
      return isPublicIPv4(embeddedIPv4(parts[1], parts[2]));
    case 'unicast':
      // ipaddr.js calls everything it has no name for 'unicast', including deprecated IPv4-compatible ::a.b.c.d
      // and unallocated space; only 2000::/3 is allocated as global unicast.
      return ((parts[0] ?? 0) & 0xe000) === 0x2000;
    default:
      return false;
  }
}

function embeddedIPv4(high: number | undefined, low: number | undefined): IPv4 {
  const h = high ?? 0;
  const l = low ?? 0;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}

function hostnameWithoutBrackets(url: URL): string {
  const host = url.hostname;
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Rejects as soon as `signal` aborts, for work (DNS) that cannot itself be cancelled. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function failure(url: string, reason: FetchFailureReason, message: string): FetchResult {
  return { ok: false, url, reason, message };
}

/** Quotes attacker-controlled text for a message: JSON escaping neutralises control characters (terminal escapes). */
function quoteForMessage(text: string): string {
  const shortened = text.length > MAX_URL_CHARS_IN_MESSAGE ? `${text.slice(0, MAX_URL_CHARS_IN_MESSAGE)}…` : text;
  return JSON.stringify(shortened);
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[.\s]+$/, '') || 'unknown error';
}

