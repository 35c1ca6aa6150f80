/**
 * Report ingestion: a POSTed body → named drops, or journal line + in-memory fold → periodic batch write. This is
 * the part of the report endpoint that is not HTTP (src/serve/routes/reports.ts is the HTTP part).
 */
import { ReportAggregator, type JournalObservation, type JournalRecord } from './aggregator.ts';
import { parseCspReports, type DropReason } from './csp/parse.ts';
import { ReportJournal } from './journal.ts';
import type { IngestBatch, Site, Store } from '../store/types.ts';

/** Drops decided before a body is parsed, named like the parser's. */
export type EndpointDropReason = 'unknown_site' | 'oversize_body' | 'rate_limited';
export type IngestCounter = 'accepted' | DropReason | EndpointDropReason;

export const DEFAULT_FLUSH_INTERVAL_MS = 1_000;
/** Distinct resources folded before an early write: bounds memory under a flood of unique URLs. */
const MAX_FOLDED_RESOURCES = 50_000;
/** How often the list of sites is re-read, so that sites added through another worker are accepted. */
const SITE_REFRESH_MS = 10_000;

export interface IngestorOptions {
  store: Store;
  journalDir: string;
  /** Names this process's journal in the checkpoints table; each worker needs its own. */
  journalId: string;
  fsync?: boolean;
  flushIntervalMs?: number;
  now?: () => number;
  /** After each batch write: null, or the error (its reports stay in memory and in the journal and are retried). */
  onFlush?: (error: unknown, durationMs: number) => void;
}

export interface ReceiveResult {
  /** 204 kept (even if some reports in it were dropped by name), 400 malformed, 404 unknown site. */
  status: 204 | 400 | 404;
  accepted: number;
  dropped: Partial<Record<IngestCounter, number>>;
}

export interface RecoveryResult {
  replayedLines: number;
  damagedLines: number;
}

function observationOf(observation: ReturnType<typeof parseCspReports>['observations'][number]): JournalObservation {
  const kept: JournalObservation = { k: observation.kind === 'script' ? 's' : 'c', r: observation.resource, p: observation.pageUrl };
  if (observation.keyword) kept.w = 1;
  if (observation.initiator && observation.kind === 'connection') kept.i = observation.initiator.url;
  if (observation.sample) kept.m = observation.sample;
  return kept;
}

export class ReportIngestor {
  readonly #store: Store;
  readonly #journal: ReportJournal;
  readonly #journalId: string;
  readonly #flushIntervalMs: number;
  readonly #now: () => number;
  readonly #onFlush: NonNullable<IngestorOptions['onFlush']>;
  #aggregator = new ReportAggregator();
  /** Reports counted since start, by site ('' when unknown) and counter: read by /metrics when it is scraped. */
  #counted = new Map<string, Map<string, number>>();
  #sites = new Map<string, Site>();
  #timers: NodeJS.Timeout[] = [];
  #flushing: Promise<void> | null = null;
  #lastFlushError: unknown = null;
  #stopped = false;

  constructor(options: IngestorOptions) {
    this.#store = options.store;
    this.#journal = new ReportJournal({ dir: options.journalDir, fsync: options.fsync ?? false });
    this.#journalId = options.journalId;
    this.#flushIntervalMs = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
    this.#now = options.now ?? Date.now;
    this.#onFlush = options.onFlush ?? (() => {});
  }

  /** Replays what a previous process acknowledged but did not write, writes it, and starts the timers. */
  async start(): Promise<RecoveryResult> {
    await this.refreshSites();
    const replay = this.#journal.open(await this.#store.checkpoint(this.#journalId));
    for (const line of replay.lines) this.#aggregator.add(line.record as JournalRecord);
    if (replay.lines.length > 0) await this.flush();
    this.#timers.push(setInterval(() => void this.flush().catch(() => {}), this.#flushIntervalMs));
    this.#timers.push(setInterval(() => void this.refreshSites().catch(() => {}), SITE_REFRESH_MS));
    for (const timer of this.#timers) timer.unref();
    return { replayedLines: replay.lines.length, damagedLines: replay.damaged };
  }

  async refreshSites(): Promise<void> {
    this.#sites = new Map((await this.#store.listSites()).map((site) => [site.id, site]));
  }

  /** Called by the API after a site changes, so its own worker sees the change at once. */
  siteChanged(site: Site | { id: string; deleted: true }): void {
    if ('deleted' in site) this.#sites.delete(site.id);
    else this.#sites.set(site.id, site);
  }

  hasSite(siteId: string): boolean {
    return this.#sites.has(siteId);
  }

  /** Counts a report refused before its body was read (unknown site, too large, rate-limited). Memory only. */
  countDrop(siteId: string | null, reason: EndpointDropReason): void {
    const site = siteId !== null && this.#sites.has(siteId) ? siteId : null;
    this.#aggregator.count(site, reason);
    this.#addCounted(site, reason, 1);
  }

  #addCounted(siteId: string | null, counter: string, count: number): void {
    let counters = this.#counted.get(siteId ?? '');
    if (!counters) this.#counted.set(siteId ?? '', (counters = new Map()));
    counters.set(counter, (counters.get(counter) ?? 0) + count);
  }

  /** Reports counted by this process since it started (accepted and each drop reason), per site; null: unknown site. */
  countedSoFar(): { siteId: string | null; counter: IngestCounter; count: number }[] {
    return [...this.#counted].flatMap(([site, counters]) => [...counters].map(([counter, count]) => ({ siteId: site === '' ? null : site, counter: counter as IngestCounter, count })));
  }

  /**
   * Parses a body and, when anything in it is kept or counted, journals it. Resolves after the journal write: only
   * then may the caller acknowledge.
   */
  async receive(siteId: string, contentType: string | undefined, body: string): Promise<ReceiveResult> {
    const site = this.#sites.get(siteId);
    if (!site) {
      this.countDrop(null, 'unknown_site');
      return { status: 404, accepted: 0, dropped: { unknown_site: 1 } };
    }
    const { observations, dropped } = parseCspReports(contentType, body, {
      hostnames: site.hostnames, useConnectionUrlPath: site.useConnectionUrlPath, keepPageQuery: site.keepPageQuery,
    });
    const counts: Record<string, number> = { ...dropped };
    if (observations.length > 0) counts.accepted = observations.length;
    const record: JournalRecord = { s: siteId, t: this.#now(), o: observations.map(observationOf), c: counts };
    this.#aggregator.add(record);
    const written = this.#journal.append(record);
    for (const counter in counts) this.#addCounted(siteId, counter, counts[counter] as number);
    if (this.#aggregator.size >= MAX_FOLDED_RESOURCES) void this.flush().catch(() => {});
    await written;
    const malformed = observations.length === 0 && (dropped.malformed_body ?? 0) > 0;
    return { status: malformed ? 400 : 204, accepted: observations.length, dropped };
  }

  /**
   * Writes everything folded so far in one transaction with the journal checkpoint. One write at a time; a failed
   * write keeps its reports for the next one, and the journal keeps them across a restart.
   */
  flush(): Promise<void> {
    if (this.#flushing) return this.#flushing.then(() => this.flush());
    if (this.#aggregator.isEmpty) return Promise.resolve();
    const segment = this.#journal.rotate();
    const taken = this.#aggregator.take();
    const batch: IngestBatch = { ...taken, checkpoint: { journal: this.#journalId, segment } };
    const started = performance.now();
    this.#flushing = this.#store.applyBatch(batch).then(
      () => {
        this.#lastFlushError = null;
        this.#journal.discardThrough(segment);
        this.#onFlush(null, performance.now() - started);
      },
      (error: unknown) => {
        this.#lastFlushError = error;
        this.#aggregator.restore(taken);
        this.#onFlush(error, performance.now() - started);
        throw error;
      },
    ).finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  /** Null while batches are written; the last error while they fail (for /readyz). */
  get lastFlushError(): unknown {
    return this.#lastFlushError;
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const timer of this.#timers) clearInterval(timer);
    try {
      await this.flush();
    } finally {
      await this.#journal.close();
    }
  }
}
