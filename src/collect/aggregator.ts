/**
 * Folds accepted reports in memory between database writes: a script on every page of a busy site arrives
 * thousands of times a minute and becomes one upsert per batch. Pure: times come in as arguments.
 */
import { PAGE_URLS_KEPT } from '../store/rules.ts';
import type { IngestBatch, ObservationAggregate, ReportCount, ResourceKind } from '../store/types.ts';

/** Initiating scripts remembered per connection per batch: a connection made by more scripts than this is rare. */
const MAX_INITIATORS_PER_BATCH = 32;

/** What the fold takes of one kept report, in short keys (journals before version 0.2 held these as lines). */
export interface FoldObservation {
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

/** The fold's input: the kept reports of one request (or counters alone). */
export interface FoldRecord {
  /** site id, null for a site that is not known */
  s: string | null;
  /** received at, ms since the epoch */
  t: number;
  o: FoldObservation[];
  /** counters: `accepted` and drop reasons */
  c: Record<string, number>;
}

/** Report counts by site (null: no known site) and counter: the fold's, the pipeline's and the endpoint's tallies. */
export class ReportTally {
  #entries = new Map<string, ReportCount>();

  get size(): number {
    return this.#entries.size;
  }

  add(siteId: string | null, counter: string, count = 1): void {
    const key = `${siteId ?? ''}\0${counter}`;
    const entry = this.#entries.get(key);
    if (entry) entry.count += count;
    else this.#entries.set(key, { siteId, counter, count });
  }

  /** A copy of the counts, so that later adds do not change what was handed out. */
  entries(): ReportCount[] {
    return [...this.#entries.values()].map((entry) => ({ ...entry }));
  }
}

/**
 * One resource's reports since the last take. Times are milliseconds here (compared on every report) and become
 * ISO text only when handed over.
 */
interface Fold {
  siteId: string;
  kind: ResourceKind;
  resource: string;
  keyword: boolean;
  firstSeen: number;
  lastSeen: number;
  firstPageUrl: string;
  reports: number;
  /** Page URL → last seen; insertion order is recency order, so the oldest is first. */
  pages: Map<string, number>;
  /** The page most recently moved to the end of `pages`: the common case of a repeat needs no reordering. */
  newestPage: string;
  initiators: Set<string>;
  sample: string | null;
}

/** A site's folds, by kind and then resource: no composite key to build and hash for every report. */
interface SiteFolds {
  script: Map<string, Fold>;
  connection: Map<string, Fold>;
}

/** Journal replay, clock steps and a failed batch folded back can hand times out of order: widen, never assume. */
function widen(fold: Fold, firstSeen: number, firstPageUrl: string, lastSeen: number): void {
  if (firstSeen < fold.firstSeen) {
    fold.firstSeen = firstSeen;
    fold.firstPageUrl = firstPageUrl;
  }
  if (lastSeen > fold.lastSeen) fold.lastSeen = lastSeen;
}

export class ReportAggregator {
  #sites = new Map<string, SiteFolds>();
  #size = 0;
  #counts = new ReportTally();

  /** Distinct resources waiting; the ingestor writes early when this grows large. */
  get size(): number {
    return this.#size;
  }

  get isEmpty(): boolean {
    return this.#size === 0 && this.#counts.size === 0;
  }

  add(record: FoldRecord): void {
    for (const counter in record.c) this.count(record.s, counter, record.c[counter]);
    if (record.s === null) return;
    for (const observation of record.o) this.#fold(record.s, observation, record.t);
  }

  count(siteId: string | null, counter: string, count = 1): void {
    this.#counts.add(siteId, counter, count);
  }

  /** The fold of a resource, created empty (no reports yet) when it has none. */
  #foldOf(siteId: string, kind: ResourceKind, resource: string, keyword: boolean, firstPageUrl: string, seen: number): Fold {
    let site = this.#sites.get(siteId);
    if (!site) this.#sites.set(siteId, (site = { script: new Map(), connection: new Map() }));
    const folds = site[kind];
    let fold = folds.get(resource);
    if (!fold) {
      fold = {
        siteId, kind, resource, keyword, firstSeen: seen, lastSeen: seen, firstPageUrl, reports: 0,
        pages: new Map(), newestPage: '', initiators: new Set(), sample: null,
      };
      folds.set(resource, fold);
      this.#size += 1;
    }
    return fold;
  }

  #fold(siteId: string, observation: FoldObservation, seen: number): void {
    const page = observation.p;
    const fold = this.#foldOf(siteId, observation.k === 's' ? 'script' : 'connection', observation.r, observation.w === 1, page, seen);
    fold.reports += 1;
    widen(fold, seen, page, seen);
    if (page === fold.newestPage) {
      if (seen > (fold.pages.get(page) as number)) fold.pages.set(page, seen);
    } else {
      const last = fold.pages.get(page);
      if (last === undefined || seen >= last) {
        fold.pages.delete(page);
        fold.pages.set(page, seen);
        fold.newestPage = page;
        // Only the newest pages can reach the store; keep memory bounded for a script on millions of URLs.
        if (fold.pages.size > PAGE_URLS_KEPT) fold.pages.delete(fold.pages.keys().next().value as string);
      }
    }
    if (observation.i !== undefined && fold.initiators.size < MAX_INITIATORS_PER_BATCH) fold.initiators.add(observation.i);
    if (observation.m !== undefined && observation.m !== '') fold.sample = observation.m;
  }

  /** Hands over everything folded so far and starts empty. */
  take(): Omit<IngestBatch, 'checkpoint'> {
    // Reports arrive many per millisecond, so a batch holds few distinct times: format each once.
    const isoTimes = new Map<number, string>();
    const iso = (time: number): string => {
      let text = isoTimes.get(time);
      if (text === undefined) isoTimes.set(time, (text = new Date(time).toISOString()));
      return text;
    };
    const aggregates: ObservationAggregate[] = [];
    for (const site of this.#sites.values()) {
      for (const fold of [...site.script.values(), ...site.connection.values()]) {
        aggregates.push({
          siteId: fold.siteId, kind: fold.kind, resource: fold.resource, keyword: fold.keyword,
          firstSeenAt: iso(fold.firstSeen), lastSeenAt: iso(fold.lastSeen), reports: fold.reports, firstPageUrl: fold.firstPageUrl,
          pages: [...fold.pages].sort((a, b) => a[1] - b[1]).map(([url, seen]) => ({ url, seenAt: iso(seen) })),
          initiatorUrls: [...fold.initiators], sample: fold.sample,
        });
      }
    }
    const counts = this.#counts.entries();
    this.#sites = new Map();
    this.#size = 0;
    this.#counts = new ReportTally();
    return { aggregates, counts };
  }

  /** Folds a batch that could not be written back in, so that the next write carries it. */
  restore(batch: Omit<IngestBatch, 'checkpoint'>): void {
    for (const count of batch.counts) this.count(count.siteId, count.counter, count.count);
    for (const aggregate of batch.aggregates) {
      const firstSeen = Date.parse(aggregate.firstSeenAt);
      const fold = this.#foldOf(aggregate.siteId, aggregate.kind, aggregate.resource, aggregate.keyword, aggregate.firstPageUrl, firstSeen);
      fold.reports += aggregate.reports;
      widen(fold, firstSeen, aggregate.firstPageUrl, Date.parse(aggregate.lastSeenAt));
      // The batch's pages are older than any folded since it was taken: they go first, and the newest stay bounded.
      const pages = new Map(aggregate.pages.map((page) => [page.url, Date.parse(page.seenAt)]));
      for (const [url, seen] of fold.pages) if (seen >= (pages.get(url) ?? -Infinity)) pages.set(url, seen);
      fold.pages = new Map([...pages].sort((a, b) => a[1] - b[1]).slice(-PAGE_URLS_KEPT));
      fold.newestPage = '';
      for (const url of aggregate.initiatorUrls) fold.initiators.add(url);
      fold.sample ??= aggregate.sample;
    }
  }
}
