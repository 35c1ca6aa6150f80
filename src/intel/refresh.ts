/**
 * Refreshing one feed: download it (conditional GET, size and time caps, gzip and zip dumps) or read it from disk, parse it,
 * and apply the snapshot to the feed's records. A feed that fails to download, or parses to garbage, keeps its last
 * good snapshot: a broken mirror or an HTML error page must not clear every indicator it used to list (and with them
 * the verdicts of every script and connection they flagged). This is the effectful edge of src/intel: the parsing,
 * state and index it calls are pure.
 */
import { readFile } from 'node:fs/promises';
import { unpackFeed } from './archive.ts';
import { join } from 'node:path';
import { fetchUrl, type FetchOptions, type FetchResult } from '../collect/fetch.ts';
import { bundleOf, pollTaxii, type TaxiiState } from './sources/taxii.ts';
import { walkMispFeed, type MispFeedState, type ReadFeedFile } from './sources/misp-feed.ts';
import type { Category } from './categories.ts';
import { feedFormat } from './feeds/index.ts';
import type { BadRecord, FeedFormat, ParseResult } from './feeds/feed.ts';
import { applySnapshot, type AssertionRecord, type FeedDelta } from './state.ts';

/** Largest feed accepted, after decompression: full URLhaus and PhishTank dumps are a few hundred MB at most. */
export const MAX_FEED_BYTES = 512 * 1024 * 1024;
/** Time allowed for one feed download. */
export const FEED_TIMEOUT_MS = 120_000;

export interface FeedConfig {
  id: string;
  format: string;
  url?: string;
  path?: string;
  /** How often `feeds update` refetches it, e.g. "30m", "1h", "1d" (default 1h). */
  refresh?: string;
  categories?: Category[];
  securityThreats?: boolean;
  /** Allows a feed URL on a private or loopback address (an internal mirror). Off by default. */
  allowPrivate?: boolean;
  /** The file to read from a zip dump that holds several. */
  zipEntry?: string;
  /** Request headers for the feed's server (credentials of a TAXII server or a private mirror). */
  headers?: Record<string, string>;
}

export interface FeedState {
  id: string;
  records: AssertionRecord[];
  etag: string | null;
  lastModified: string | null;
  /** Last time a snapshot was applied (or the server said nothing changed). */
  lastRefresh: string | null;
  lastAttempt: string | null;
  /** Why the last attempt kept the previous snapshot, if it did. */
  lastError: string | null;
  badCount: number;
  badExamples: BadRecord[];
  lastDelta: { at: string; added: number; removed: number; changed: number } | null;
  /** What the last refresh wants the user to know without it being an error (events left for later…). */
  lastNotice: string | null;
  /** What a collected feed keeps between refreshes: a TAXII collection's indicators, a MISP feed's events. */
  source?: FeedSourceState;
}

export interface FeedSourceState {
  taxii?: TaxiiState;
  misp?: MispFeedState;
}

export interface RefreshOutcome {
  state: FeedState;
  /** Null when nothing was applied (not modified, or the download or parse failed). */
  delta: FeedDelta | null;
}

export interface RefreshEffects {
  now: Date;
  fetch?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  readText?: (path: string) => Promise<Buffer>;
  /** The user's allow-list, canonical indicators. */
  allowList?: ReadonlySet<string>;
}

export function emptyFeedState(id: string): FeedState {
  return { id, records: [], etag: null, lastModified: null, lastRefresh: null, lastAttempt: null, lastError: null, badCount: 0, badExamples: [], lastDelta: null, lastNotice: null };
}

/** `30m`, `1h`, `2d` in milliseconds; null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+)\s*(s|m|h|d)$/.exec(text.trim());
  if (!match) return null;
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

/** True when the feed's refresh interval has passed since its last refresh (or it never had one). */
export function isDue(config: FeedConfig, state: FeedState | undefined, now: Date): boolean {
  if (!state?.lastRefresh) return true;
  const interval = parseDuration(config.refresh ?? '1h') ?? 3_600_000;
  return now.getTime() - Date.parse(state.lastRefresh) >= interval;
}

async function decode(body: Buffer, config: FeedConfig): Promise<string> {
  return (await unpackFeed(body, { maxBytes: MAX_FEED_BYTES, ...(config.zipEntry !== undefined ? { zipEntry: config.zipEntry } : {}) })).toString('utf8');
}

/** What one collection attempt gave: a parse to apply, "nothing changed", or why the last snapshot stays. */
type Collected =
  | { kind: 'parsed'; parsed: ParseResult; validators?: { etag: string | null; lastModified: string | null }; source?: FeedSourceState; notice?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: string };

function fetcher(config: FeedConfig, effects: RefreshEffects) {
  const fetch = effects.fetch ?? fetchUrl;
  return (url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> => fetch(url, {
    maxBytes: MAX_FEED_BYTES, timeoutMs: FEED_TIMEOUT_MS, allowPrivate: config.allowPrivate === true,
    ...options, headers: { ...(config.headers ?? {}), ...(options.headers ?? {}) },
  });
}

/** One dump, at `url` (conditional GET) or `path`, maybe compressed. */
async function collectDocument(config: FeedConfig, format: FeedFormat, base: FeedState, effects: RefreshEffects): Promise<Collected> {
  if (config.url) {
    const fetched = await fetcher(config, effects)(config.url, { etag: base.etag, lastModified: base.lastModified });
    if (!fetched.ok) return { kind: 'failed', error: fetched.message };
    if (fetched.notModified) return { kind: 'not-modified' };
    return { kind: 'parsed', parsed: format.parse(await decode(fetched.body, config)), validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
  }
  if (config.path) return { kind: 'parsed', parsed: format.parse(await decode(await (effects.readText ?? readFile)(config.path), config)) };
  return { kind: 'failed', error: 'the feed has neither a url nor a path' };
}

async function collectTaxii(config: FeedConfig, format: FeedFormat, base: FeedState, effects: RefreshEffects): Promise<Collected> {
  if (!config.url) return { kind: 'failed', error: 'a TAXII feed needs the collection\'s url' };
  const get = fetcher(config, effects);
  const polled = await pollTaxii(config.url, base.source?.taxii, (url, headers) => get(url, { headers }));
  if (!polled.ok) return { kind: 'failed', error: polled.error };
  return { kind: 'parsed', parsed: format.parse(bundleOf(polled.state)), source: { taxii: polled.state }, notice: `${polled.received} objects received in ${polled.pages} pages` };
}

async function collectMispFeed(config: FeedConfig, format: FeedFormat, base: FeedState, effects: RefreshEffects): Promise<Collected> {
  let read: ReadFeedFile;
  if (config.url) {
    const get = fetcher(config, effects);
    const directory = config.url.endsWith('/') ? config.url : `${config.url}/`;
    read = async (name) => {
      const fetched = await get(new URL(name, directory).href);
      if (!fetched.ok) throw new Error(fetched.message);
      return fetched.body;
    };
  } else if (config.path) {
    const directory = config.path;
    read = (name) => (effects.readText ?? readFile)(join(directory, name));
  } else return { kind: 'failed', error: 'the feed has neither a url nor a path' };
  const walked = await walkMispFeed(base.source?.misp, read, (text) => format.parse(text));
  if (!walked.ok) return { kind: 'failed', error: walked.error };
  const notes = [`${walked.fetched} events fetched`];
  if (walked.pending > 0) notes.push(`${walked.pending} changed events left for the next refresh`);
  if (walked.failed.length > 0) notes.push(`${walked.failed.length} could not be read (${walked.failed.slice(0, 3).join('; ')})`);
  return { kind: 'parsed', parsed: walked.parsed, source: { misp: walked.state }, notice: notes.join(', ') };
}

const COLLECTORS = { taxii: collectTaxii, 'misp-feed': collectMispFeed } as const;

export async function refreshFeed(config: FeedConfig, previous: FeedState | undefined, effects: RefreshEffects): Promise<RefreshOutcome> {
  const base = previous ?? emptyFeedState(config.id);
  const at = effects.now.toISOString();
  const kept = (error: string): RefreshOutcome => ({ state: { ...base, lastAttempt: at, lastError: error }, delta: null });
  const format = feedFormat(config.format);
  if (!format) return kept(`unknown feed format "${config.format}"`);
  let collected: Collected;
  try {
    collected = await (format.meta.collect ? COLLECTORS[format.meta.collect] : collectDocument)(config, format, base, effects);
  } catch (error) {
    return kept(`could not read the feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (collected.kind === 'failed') return kept(collected.error);
  if (collected.kind === 'not-modified') return { state: { ...base, lastAttempt: at, lastRefresh: at, lastError: null }, delta: null };
  const { parsed } = collected;
  if (parsed.indicators.length === 0 && parsed.badCount > 0) {
    // All garbage (an error page, a changed format): the last good snapshot stays in force.
    return { state: { ...base, lastAttempt: at, lastError: `the feed parsed to nothing usable (${parsed.badCount} bad records)`, badCount: parsed.badCount, badExamples: parsed.bad }, delta: null };
  }
  const { records, delta } = applySnapshot(base.records, parsed, config, format, effects.now, effects.allowList);
  const validators = collected.validators ?? { etag: base.etag, lastModified: base.lastModified };
  return {
    state: {
      id: config.id, records, ...validators, lastRefresh: at, lastAttempt: at, lastError: null,
      badCount: parsed.badCount, badExamples: parsed.bad,
      lastDelta: { at, added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length },
      lastNotice: collected.notice ?? null,
      ...(collected.source ? { source: collected.source } : {}),
    },
    delta,
  };
}
