/**
 * What each feed asserts over time, and what changed at each refresh. One record per (indicator, feed) with a status
 * and first/last seen; a refresh compares the new snapshot with the records and returns a delta (added, removed,
 * changed categories). The service re-checks what it has already seen from deltas alone: a domain a feed stops
 * listing must be cleared, not stay malicious forever. Pure: the caller passes the clock and stores the records.
 */
import { canonicalizeUrl, urlExpression } from './canonicalize.ts';
import { sortCategories, type Category } from './categories.ts';
import { hostCandidates } from './domains.ts';
import { assertionOf, type FeedSettings } from './assertions.ts';
import type { FeedFormat, Indicator, ParseResult } from './feeds/feed.ts';
import type { Assertion } from './index/threat-index.ts';

export type AssertionStatus = 'active' | 'removed' | 'expired' | 'revoked' | 'allow-listed';

export interface AssertionRecord extends Assertion {
  /** `feed|kind|canonical indicator`: one record per indicator and feed. */
  key: string;
  status: AssertionStatus;
  firstSeen: string;
  lastSeen: string;
  validUntil?: string;
}

export interface CategoryChange {
  key: string;
  indicator: string;
  before: Category[];
  after: Category[];
}

export interface FeedDelta {
  feed: string;
  at: string;
  /** Records that became active (new, or back after being removed, expired or allow-listed). */
  added: AssertionRecord[];
  /** Records that stopped being active, with the status that ended them. */
  removed: AssertionRecord[];
  changed: CategoryChange[];
}

/** The canonical form an indicator is keyed by, or null when it has none (the parser should have caught it). */
export function canonicalIndicator(kind: Indicator['kind'], value: string): string | null {
  if (kind === 'url') {
    const url = canonicalizeUrl(value);
    return url ? urlExpression(url) : null;
  }
  return hostCandidates(value)?.host ?? null;
}

function statusOf(indicator: Indicator, now: number, allowList: ReadonlySet<string>, canonical: string): AssertionStatus | null {
  if (indicator.validFrom !== undefined && Date.parse(indicator.validFrom) > now) return null; // not in force yet
  if (indicator.revoked) return 'revoked';
  if (indicator.validUntil !== undefined && Date.parse(indicator.validUntil) <= now) return 'expired';
  if (!indicator.exception && allowList.has(canonical)) return 'allow-listed';
  return 'active';
}

const sameCategories = (a: readonly Category[], b: readonly Category[]): boolean => a.length === b.length && a.every((category, i) => category === b[i]);

/**
 * Applies one refresh of one feed to its records. `previous` holds the feed's records from earlier refreshes (any
 * status); the result holds every record, updated, and the delta. The user's allow-list (canonical indicators) wins
 * over the feed: an allow-listed indicator is recorded but not active.
 */
export function applySnapshot(
  previous: readonly AssertionRecord[],
  parsed: ParseResult,
  feed: FeedSettings,
  format: FeedFormat,
  now: Date,
  allowList: ReadonlySet<string> = new Set(),
): { records: AssertionRecord[]; delta: FeedDelta } {
  const at = now.toISOString();
  const clock = now.getTime();
  const before = new Map(previous.map((record) => [record.key, record]));
  const current = new Map<string, AssertionRecord>();
  for (const indicator of parsed.indicators) {
    const canonical = canonicalIndicator(indicator.kind, indicator.value);
    if (canonical === null) continue;
    const status = statusOf(indicator, clock, allowList, canonical);
    if (status === null) continue;
    const key = `${feed.id}|${indicator.kind}|${canonical}`;
    const assertion = assertionOf(indicator, feed, format);
    const old = before.get(key);
    const seenAgain = current.get(key);
    // A feed may list one indicator twice (two URLhaus rows, two STIX objects): their categories add up.
    const categories = sortCategories([...assertion.categories, ...(seenAgain?.categories ?? [])]);
    current.set(key, {
      ...assertion,
      categories,
      key,
      status: seenAgain?.status === 'active' ? 'active' : status,
      firstSeen: old?.firstSeen ?? at,
      lastSeen: at,
      ...(indicator.validUntil !== undefined ? { validUntil: indicator.validUntil } : {}),
    });
  }
  const delta: FeedDelta = { feed: feed.id, at, added: [], removed: [], changed: [] };
  const records: AssertionRecord[] = [];
  for (const record of current.values()) {
    const old = before.get(record.key);
    const wasActive = old?.status === 'active';
    if (record.status === 'active' && !wasActive) delta.added.push(record);
    else if (record.status !== 'active' && wasActive) delta.removed.push(record);
    else if (record.status === 'active' && old && !sameCategories(old.categories, record.categories)) {
      delta.changed.push({ key: record.key, indicator: record.indicator, before: old.categories, after: record.categories });
    }
    records.push(record);
  }
  // Records the feed no longer lists: kept (with their history) as removed.
  for (const old of previous) {
    if (current.has(old.key)) continue;
    const gone: AssertionRecord = old.status === 'active' ? { ...old, status: 'removed' } : old;
    if (old.status === 'active') delta.removed.push(gone);
    records.push(gone);
  }
  return { records, delta };
}

/** The records an index is built from: the active ones. */
export function activeAssertions(records: Iterable<AssertionRecord>): Assertion[] {
  const active: Assertion[] = [];
  for (const record of records) {
    if (record.status !== 'active') continue;
    active.push({
      feed: record.feed, kind: record.kind, indicator: record.indicator, categories: record.categories,
      ...(record.subdomains !== undefined ? { subdomains: record.subdomains } : {}),
      ...(record.allow ? { allow: true } : {}),
    });
  }
  return active;
}
