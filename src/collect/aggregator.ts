/**
 * Folds accepted reports in memory between database writes: a script on every page of a busy site arrives
 * thousands of times a minute and becomes one upsert per batch. Pure: times come in as arguments.
 */
import { PAGE_URLS_KEPT } from '../store/rules.ts';
import type { IngestBatch, ObservationAggregate, ReportCount, ResourceKind } from '../store/types.ts';

/** Initiating scripts remembered per connection per batch: a connection made by more scripts than this is rare. */
const MAX_INITIATORS_PER_BATCH = 32;

/** What the journal keeps of one observation, in short keys: it is written for every accepted report. */
export interface JournalObservation {
  /** kind: `s` script, `c` connection */
  k: 's' | 'c';
  /** resource */
  r: string;
  /** keyword (1) or URL/host (absent) */
  w?: 1;
  /** page URL */
  p: string;
  /** initiating script URL */
  i?: string;
  /** sample */
  m?: string;
}

/** One journal line: the accepted reports of one request (or counters alone). */
export interface JournalRecord {
  /** site id, null for a site that is not known */
  s: string | null;
  /** received at, ms since the epoch */
  t: number;
  o: JournalObservation[];
  /** counters: `accepted` and drop reasons */
  c: Record<string, number>;
}

interface Fold {
  aggregate: ObservationAggregate;
  pages: Map<string, string>;
  /** The page most recently moved to the end of `pages`: the common case of a repeat needs no reordering. */
  newestPage: string;
  initiators: Set<string>;
}

const foldKey = (siteId: string, kind: ResourceKind, resource: string): string => `${siteId}\0${kind}\0${resource}`;

/** Journal replay, clock steps and a failed batch folded back can hand times out of order: widen, never assume. */
function widen(aggregate: ObservationAggregate, firstSeenAt: string, firstPageUrl: string, lastSeenAt: string): void {
  if (firstSeenAt < aggregate.firstSeenAt) {
    aggregate.firstSeenAt = firstSeenAt;
    aggregate.firstPageUrl = firstPageUrl;
  }
  if (lastSeenAt > aggregate.lastSeenAt) aggregate.lastSeenAt = lastSeenAt;
}

export class ReportAggregator {
  #folds = new Map<string, Fold>();
  #counts = new Map<string, number>();
  /** Reports arrive many per millisecond: format each millisecond's ISO time once. */
  #lastTime = Number.NaN;
  #lastIso = '';

  /** Distinct resources waiting; the ingestor writes early when this grows large. */
  get size(): number {
    return this.#folds.size;
  }

  get isEmpty(): boolean {
    return this.#folds.size === 0 && this.#counts.size === 0;
  }

  add(record: JournalRecord): void {
    if (record.t !== this.#lastTime) {
      this.#lastTime = record.t;
      this.#lastIso = new Date(record.t).toISOString();
    }
    const seenAt = this.#lastIso;
    for (const [counter, count] of Object.entries(record.c)) this.count(record.s, counter, count);
    if (record.s === null) return;
    for (const observation of record.o) this.#fold(record.s, observation, seenAt);
  }

  count(siteId: string | null, counter: string, count = 1): void {
    const key = `${siteId ?? ''}\0${counter}`;
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + count);
  }

  #fold(siteId: string, observation: JournalObservation, seenAt: string): void {
    const kind: ResourceKind = observation.k === 's' ? 'script' : 'connection';
    const key = foldKey(siteId, kind, observation.r);
    let fold = this.#folds.get(key);
    if (!fold) {
      fold = {
        aggregate: {
          siteId, kind, resource: observation.r, keyword: observation.w === 1, firstSeenAt: seenAt, lastSeenAt: seenAt,
          reports: 0, firstPageUrl: observation.p, pages: [], initiatorUrls: [], sample: null,
        },
        pages: new Map(), newestPage: '', initiators: new Set(),
      };
      this.#folds.set(key, fold);
    }
    const { aggregate } = fold;
    aggregate.reports += 1;
    widen(aggregate, seenAt, observation.p, seenAt);
    if (observation.p === fold.newestPage) {
      if (seenAt > (fold.pages.get(observation.p) as string)) fold.pages.set(observation.p, seenAt);
    } else if (seenAt >= (fold.pages.get(observation.p) ?? '')) {
      fold.pages.delete(observation.p);
      fold.pages.set(observation.p, seenAt);
      fold.newestPage = observation.p;
      // Only the newest pages can reach the store; keep memory bounded for a script on millions of URLs.
      if (fold.pages.size > PAGE_URLS_KEPT) fold.pages.delete(fold.pages.keys().next().value as string);
    }
    if (observation.i !== undefined && fold.initiators.size < MAX_INITIATORS_PER_BATCH) fold.initiators.add(observation.i);
    if (observation.m !== undefined && observation.m !== '') aggregate.sample = observation.m;
  }

  /** Hands over everything folded so far and starts empty. */
  take(): Omit<IngestBatch, 'checkpoint'> {
    const aggregates = [...this.#folds.values()].map(({ aggregate, pages, initiators }) => ({
      ...aggregate,
      pages: [...pages].map(([url, seenAt]) => ({ url, seenAt })).sort((a, b) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : 0)),
      initiatorUrls: [...initiators],
    }));
    const counts: ReportCount[] = [...this.#counts].map(([key, count]) => {
      const [site, counter] = key.split('\0') as [string, string];
      return { siteId: site === '' ? null : site, counter, count };
    });
    this.#folds = new Map();
    this.#counts = new Map();
    return { aggregates, counts };
  }

  /** Folds a batch that could not be written back in, so that the next write carries it. */
  restore(batch: Omit<IngestBatch, 'checkpoint'>): void {
    for (const count of batch.counts) this.count(count.siteId, count.counter, count.count);
    for (const aggregate of batch.aggregates) {
      const key = foldKey(aggregate.siteId, aggregate.kind, aggregate.resource);
      const fold = this.#folds.get(key);
      if (!fold) {
        this.#folds.set(key, { aggregate: { ...aggregate, pages: [], initiatorUrls: [] }, pages: new Map(aggregate.pages.map((page) => [page.url, page.seenAt])), newestPage: aggregate.pages.at(-1)?.url ?? '', initiators: new Set(aggregate.initiatorUrls) });
        continue;
      }
      const target = fold.aggregate;
      target.reports += aggregate.reports;
      widen(target, aggregate.firstSeenAt, aggregate.firstPageUrl, aggregate.lastSeenAt);
      for (const page of aggregate.pages) if (!fold.pages.has(page.url)) fold.pages.set(page.url, page.seenAt);
      for (const url of aggregate.initiatorUrls) fold.initiators.add(url);
      target.sample ??= aggregate.sample;
    }
  }
}
