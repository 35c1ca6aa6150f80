/**
 * Refreshing one feed: download it (conditional GET, size and time caps, gzip and zip dumps) or read it from disk, parse it,
 * and apply the snapshot to the feed's records. A feed that fails to download, or parses to garbage, keeps its last
 * good snapshot: a broken mirror or an HTML error page must not clear every indicator it used to list (and with them
 * the verdicts of every script and connection they flagged). This is the effectful edge of src/intel: the parsing,
 * state and index it calls are pure.
 */
import { readFile } from 'node:fs/promises';
import { unpackFeed } from './archive.ts';
import { fetchUrl, type FetchOptions, type FetchResult } from '../collect/fetch.ts';
import type { Category } from './categories.ts';
import { feedFormat } from './feeds/index.ts';
import type { BadRecord } from './feeds/feed.ts';
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
  return { id, records: [], etag: null, lastModified: null, lastRefresh: null, lastAttempt: null, lastError: null, badCount: 0, badExamples: [], lastDelta: null };
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

export async function refreshFeed(config: FeedConfig, previous: FeedState | undefined, effects: RefreshEffects): Promise<RefreshOutcome> {
  const base = previous ?? emptyFeedState(config.id);
  const at = effects.now.toISOString();
  const kept = (error: string): RefreshOutcome => ({ state: { ...base, lastAttempt: at, lastError: error }, delta: null });
  const format = feedFormat(config.format);
  if (!format) return kept(`unknown feed format "${config.format}"`);
  let text: string;
  let validators = { etag: base.etag, lastModified: base.lastModified };
  try {
    if (config.url) {
      const fetched = await (effects.fetch ?? fetchUrl)(config.url, {
        maxBytes: MAX_FEED_BYTES, timeoutMs: FEED_TIMEOUT_MS, allowPrivate: config.allowPrivate === true,
        etag: base.etag, lastModified: base.lastModified,
      });
      if (!fetched.ok) return kept(fetched.message);
      if (fetched.notModified) return { state: { ...base, lastAttempt: at, lastRefresh: at, lastError: null }, delta: null };
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
      text = await decode(fetched.body, config);
    } else if (config.path) {
      text = await decode(await (effects.readText ?? readFile)(config.path), config);
    } else {
      return kept('the feed has neither a url nor a path');
    }
  } catch (error) {
    return kept(`could not read the feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = format.parse(text);
  if (parsed.indicators.length === 0 && parsed.badCount > 0) {
    // All garbage (an error page, a changed format): the last good snapshot stays in force.
    return { state: { ...base, lastAttempt: at, lastError: `the feed parsed to nothing usable (${parsed.badCount} bad records)`, badCount: parsed.badCount, badExamples: parsed.bad }, delta: null };
  }
  const { records, delta } = applySnapshot(base.records, parsed, config, format, effects.now, effects.allowList);
  return {
    state: {
      id: config.id, records, ...validators, lastRefresh: at, lastAttempt: at, lastError: null,
      badCount: parsed.badCount, badExamples: parsed.bad,
      lastDelta: { at, added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length },
    },
    delta,
  };
}
