/**
 * The part of report ingestion that comes after the acknowledgement: journal segments → CSP reports read → folded →
 * written to the store in batches. It runs in a worker thread in `skimguard serve` (src/collect/pipeline-worker.ts),
 * so that reading reports and writing the database use a core of their own while the main thread only receives and
 * journals; tests may run it in the same thread. Either way it is driven by the messages below, in order.
 *
 * It reads the journal's files rather than being sent the lines: the main thread has written them already, and
 * copying each line to another thread would cost it about as much as the write.
 */
import { ReportAggregator, ReportTally, type FoldObservation, type FoldRecord } from './aggregator.ts';
import { readCspDocument, type CspObservation } from './csp/parse.ts';
import { readSegment, segmentsIn } from './journal.ts';
import type { IngestBatch, ReportCount, Site, Store } from '../store/types.ts';

/** A journal line of a received body: `[siteId, receivedAtMs, body]`, the body as the JSON value the browser sent. */
export type RawReportLine = [string, number, unknown];

export type ToPipeline =
  /** The sites and their settings, whenever they change. */
  | { type: 'sites'; sites: Site[] }
  /**
   * Fold the journal's segments up to `through` (ended: no more lines will be added to them) and write everything
   * folded so far, with `counts` (reports refused before the journal), checkpointing journal `journal` at `through`.
   */
  | { type: 'flush'; through: number; journal: string; counts: ReportCount[] }
  | { type: 'stop' };

export type FromPipeline =
  | {
    type: 'flushed'; through: number; error: string | null; durationMs: number; counted: ReportCount[];
    /** Journal lines folded for this write, and lines skipped as torn or damaged. */
    lines: number; damaged: number;
  }
  | { type: 'stopped' };

function observationOf(observation: CspObservation): FoldObservation {
  const kept: FoldObservation = { k: observation.kind === 'script' ? 's' : 'c', r: observation.resource, p: observation.pageUrl };
  if (observation.keyword) kept.w = 1;
  if (observation.initiator && observation.kind === 'connection') kept.i = observation.initiator.url;
  if (observation.sample) kept.m = observation.sample;
  return kept;
}

export class IngestPipeline {
  readonly #store: Store;
  readonly #journalDir: string;
  readonly #send: (message: FromPipeline) => void;
  #aggregator = new ReportAggregator();
  #sites = new Map<string, Site>();
  /** Reports read since start, for /metrics. */
  #counted = new ReportTally();
  /** The last journal segment folded. */
  #folded = -1;

  constructor(store: Store, journalDir: string, send: (message: FromPipeline) => void) {
    this.#store = store;
    this.#journalDir = journalDir;
    this.#send = send;
  }

  async handle(message: ToPipeline): Promise<void> {
    switch (message.type) {
      case 'sites':
        this.#sites = new Map(message.sites.map((site) => [site.id, site]));
        return;
      case 'flush':
        return this.#flush(message.through, message.journal, message.counts);
      case 'stop':
        this.#send({ type: 'stopped' });
    }
  }

  #fold(line: unknown): void {
    const record = line as RawReportLine | FoldRecord;
    // Journals written before bodies were journaled as received hold fold records: fold them as they are.
    if (!Array.isArray(record)) {
      this.#aggregator.add(record);
      return;
    }
    const [siteId, receivedAt, body] = record;
    const site = this.#sites.get(siteId);
    if (!site) {
      // Deleted between the acknowledgement and now.
      this.#counted.add(null, 'unknown_site');
      this.#aggregator.count(null, 'unknown_site');
      return;
    }
    const { observations, dropped } = readCspDocument(body, site);
    const counts: Record<string, number> = { ...dropped };
    if (observations.length > 0) counts.accepted = observations.length;
    for (const counter in counts) this.#counted.add(siteId, counter, counts[counter]);
    this.#aggregator.add({ s: siteId, t: receivedAt, o: observations.map(observationOf), c: counts });
  }

  /**
   * One transaction: everything folded since the last write, and the checkpoint saying every journal line up to
   * `segment` is in the database. A failed write folds its batch back in, for the next one to carry.
   */
  async #flush(through: number, journal: string, counts: ReportCount[]): Promise<void> {
    let lines = 0;
    let damaged = 0;
    for (const segment of segmentsIn(this.#journalDir)) {
      if (segment <= this.#folded || segment > through) continue;
      const read = readSegment(this.#journalDir, segment);
      for (const record of read.records) this.#fold(record);
      lines += read.records.length;
      damaged += read.damaged;
    }
    this.#folded = Math.max(this.#folded, through);
    for (const { siteId, counter, count } of counts) this.#aggregator.count(siteId, counter, count);
    const taken = this.#aggregator.take();
    const batch: IngestBatch = { ...taken, checkpoint: { journal, segment: through } };
    const started = performance.now();
    let error: string | null = null;
    try {
      await this.#store.applyBatch(batch);
    } catch (failure) {
      error = (failure as Error).message;
      this.#aggregator.restore(taken);
    }
    this.#send({ type: 'flushed', through, error, durationMs: performance.now() - started, counted: this.#counted.entries(), lines, damaged });
  }
}
