/**
 * Report ingestion, the receiving side: a POSTed body → a refusal, or a journal line → 204. This is the part of the
 * report endpoint that is not HTTP (src/serve/routes/reports.ts is the HTTP part). What needs no answer to the
 * browser — reading the reports, folding them, writing the database — is the pipeline's (src/collect/pipeline.ts),
 * which the journal's lines are handed to once written. In `skimguard serve` the pipeline is a worker thread: the
 * thread that answers browsers journals bodies and nothing more, so the endpoint keeps up with a burst of page views
 * while the other core reads and writes.
 */
import { Worker } from 'node:worker_threads';
import { isCspContentType, type DropReason } from './csp/parse.ts';
import { ReportJournal } from './journal.ts';
import { ReportTally } from './aggregator.ts';
import { IngestPipeline, type FromPipeline, type ToPipeline } from './pipeline.ts';
import type { ReportCount, Site, Store } from '../store/types.ts';

/** Drops decided before a body is journaled, named like the parser's. */
export type EndpointDropReason = 'unknown_site' | 'oversize_body' | 'rate_limited';
export type IngestCounter = 'accepted' | DropReason | EndpointDropReason;

export const DEFAULT_FLUSH_INTERVAL_MS = 1_000;
/** How often the list of sites is re-read, so that sites added through another worker are accepted. */
const SITE_REFRESH_MS = 10_000;
/** Journal bytes after which a write does not wait for the timer: bounds what one write folds under a flood. */
const MAX_SEGMENT_BYTES = 32 * 1024 * 1024;

export interface IngestorOptions {
  store: Store;
  journalDir: string;
  /** Names this process's journal in the checkpoints table; each worker needs its own. */
  journalId: string;
  fsync?: boolean;
  flushIntervalMs?: number;
  now?: () => number;
  /**
   * Run the pipeline in a worker thread with its own connection to this database (URL or SQLite path), instead of
   * in this thread on `store`. An in-memory SQLite database cannot be shared with a thread: leave this unset for it.
   */
  pipelineDatabase?: string;
  /** After each batch write: null, or the error (its reports stay in memory and in the journal and are retried). */
  onFlush?: (error: unknown, durationMs: number) => void;
  /** The pipeline's thread died: the journal keeps what it had not written, and a restart replays it. */
  onFatal?: (error: Error) => void;
}

export interface ReceiveResult {
  /** 204 journaled (its reports are read and counted after), 400 not JSON, 404 unknown site. */
  status: 204 | 400 | 404;
}

export interface RecoveryResult {
  replayedLines: number;
  damagedLines: number;
}

/** The pipeline behind a message port: a worker thread, or an object in this thread called in the same order. */
interface PipelineLink {
  post(message: ToPipeline): void;
  /** Resolves when the pipeline has stopped. */
  stopped(): Promise<void>;
}

function inThread(store: Store, journalDir: string, receive: (message: FromPipeline) => void, onFatal: (error: Error) => void): PipelineLink {
  const pipeline = new IngestPipeline(store, journalDir, receive);
  // Messages are handled one at a time, in order, and never within the caller's turn (as a worker would).
  let queue = Promise.resolve();
  return {
    post(message) {
      queue = queue.then(() => pipeline.handle(message)).catch((error: unknown) => onFatal(error as Error));
    },
    stopped: () => queue,
  };
}

function inWorker(database: string, journalDir: string, receive: (message: FromPipeline) => void, onFatal: (error: Error) => void): PipelineLink {
  // Compiled, this module is dist/collect/ingest.js next to pipeline-worker.js; from a checkout it is TypeScript.
  const entry = new URL(import.meta.url.endsWith('.ts') ? './pipeline-worker.ts' : './pipeline-worker.js', import.meta.url);
  const worker = new Worker(entry, { workerData: { database, journalDir } });
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', receive);
  worker.on('error', (error) => onFatal(error));
  worker.on('exit', (code) => {
    if (!stopping) onFatal(new Error(`the ingest pipeline's thread exited (code ${code})`));
  });
  return {
    post(message) {
      if (message.type === 'stop') stopping = true;
      worker.postMessage(message);
    },
    stopped: () => exited,
  };
}

export class ReportIngestor {
  readonly #store: Store;
  readonly #journalDir: string;
  readonly #journal: ReportJournal;
  readonly #journalId: string;
  readonly #flushIntervalMs: number;
  readonly #now: () => number;
  readonly #onFlush: NonNullable<IngestorOptions['onFlush']>;
  readonly #onFatal: NonNullable<IngestorOptions['onFatal']>;
  readonly #pipelineDatabase: string | undefined;
  /** Made by start(): a worker thread must not outlive an ingestor that was never started and so never stopped. */
  #pipeline: PipelineLink | null = null;
  #sites = new Map<string, Site>();
  #timers: NodeJS.Timeout[] = [];
  /** Lines journaled or drops counted since the last flush was asked for. */
  #unflushed = false;
  /** Reports refused before the journal, not yet handed to the pipeline (they reach the database with a flush). */
  #drops = new ReportTally();
  /** Refusals counted by this thread since start, and the pipeline's counts as of its last write: for /metrics. */
  #counted = new ReportTally();
  #pipelineCounted: ReportCount[] = [];
  #flushing: Promise<{ lines: number; damaged: number }> | null = null;
  #flushed: ((message: Extract<FromPipeline, { type: 'flushed' }>) => void) | null = null;
  #lastFlushError: unknown = null;
  #fatal: Error | null = null;
  #stopped = false;

  constructor(options: IngestorOptions) {
    this.#store = options.store;
    this.#journalId = options.journalId;
    this.#flushIntervalMs = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
    this.#now = options.now ?? Date.now;
    this.#onFlush = options.onFlush ?? (() => {});
    this.#onFatal = options.onFatal ?? (() => {});
    this.#pipelineDatabase = options.pipelineDatabase;
    this.#journalDir = options.journalDir;
    this.#journal = new ReportJournal({ dir: options.journalDir, fsync: options.fsync ?? false });
  }

  #post(message: ToPipeline): void {
    this.#pipeline?.post(message);
  }

  #failed(error: Error): void {
    if (this.#fatal) return;
    this.#fatal = error;
    this.#lastFlushError = error;
    // A flush waiting for the pipeline's answer will not get one.
    this.#fromPipeline({ type: 'flushed', through: -1, error: error.message, durationMs: 0, counted: this.#pipelineCounted, lines: 0, damaged: 0 });
    this.#onFatal(error);
  }

  /** Replays what a previous process acknowledged but did not write, writes it, and starts the timers. */
  async start(): Promise<RecoveryResult> {
    const receive = (message: FromPipeline): void => this.#fromPipeline(message);
    const onFatal = (error: Error): void => this.#failed(error);
    this.#pipeline = this.#pipelineDatabase === undefined
      ? inThread(this.#store, this.#journalDir, receive, onFatal)
      : inWorker(this.#pipelineDatabase, this.#journalDir, receive, onFatal);
    await this.refreshSites();
    const left = this.#journal.open(await this.#store.checkpoint(this.#journalId));
    let recovered: RecoveryResult = { replayedLines: 0, damagedLines: 0 };
    if (left.segments.length > 0) {
      // The first write folds the segments a previous process left, with the new (still empty) one.
      this.#unflushed = true;
      const { lines, damaged } = await this.#flush();
      recovered = { replayedLines: lines, damagedLines: damaged };
    }
    this.#timers.push(setInterval(() => void this.flush().catch(() => {}), this.#flushIntervalMs));
    this.#timers.push(setInterval(() => void this.refreshSites().catch(() => {}), SITE_REFRESH_MS));
    for (const timer of this.#timers) timer.unref();
    return recovered;
  }

  async refreshSites(): Promise<void> {
    this.#setSites(await this.#store.listSites());
  }

  #setSites(sites: Site[]): void {
    this.#sites = new Map(sites.map((site) => [site.id, site]));
    this.#post({ type: 'sites', sites });
  }

  /** Called by the API after a site changes, so its own worker sees the change at once. */
  siteChanged(site: Site | { id: string; deleted: true }): void {
    const sites = new Map(this.#sites);
    if ('deleted' in site) sites.delete(site.id);
    else sites.set(site.id, site);
    this.#setSites([...sites.values()]);
  }

  hasSite(siteId: string): boolean {
    return this.#sites.has(siteId);
  }

  /** Counts a report refused before its body was journaled (unknown site, too large, rate-limited, not JSON…). */
  countDrop(siteId: string | null, reason: EndpointDropReason | DropReason): void {
    const site = siteId !== null && this.#sites.has(siteId) ? siteId : null;
    this.#drops.add(site, reason);
    this.#counted.add(site, reason);
    this.#unflushed = true;
  }

  /** Reports counted since this process started (accepted and each drop reason), per site; null: unknown site. */
  countedSoFar(): ReportCount[] {
    const totals = new ReportTally();
    for (const { siteId, counter, count } of [...this.#counted.entries(), ...this.#pipelineCounted]) totals.add(siteId, counter, count);
    return totals.entries();
  }

  /**
   * Journals a body for its site. Resolves after the journal write: only then may the caller acknowledge. The
   * reports in it are read after that, by the pipeline; a body that is not even JSON is refused here (400), so a
   * person testing the endpoint by hand is told.
   */
  async receive(siteId: string, contentType: string | undefined, body: string): Promise<ReceiveResult> {
    if (!this.#sites.has(siteId)) {
      this.countDrop(null, 'unknown_site');
      return { status: 404 };
    }
    if (!isCspContentType(contentType)) {
      this.countDrop(siteId, 'unsupported_content_type');
      return { status: 204 };
    }
    let document: unknown;
    try {
      document = JSON.parse(body);
    } catch {
      this.countDrop(siteId, 'malformed_body');
      return { status: 400 };
    }
    // The line embeds the body as the JSON value it is (no second escaping, no second parse); a body spread over
    // lines is re-serialized, since a journal line must be one line.
    const value = body.includes('\n') ? JSON.stringify(document) : body;
    this.#unflushed = true;
    const written = this.#journal.appendJson(`[${JSON.stringify(siteId)},${this.#now()},${value}]`);
    if (this.#journal.segmentBytes > MAX_SEGMENT_BYTES) void this.flush().catch(() => {});
    await written;
    return { status: 204 };
  }

  /**
   * Has the pipeline write everything up to now in one transaction with the journal checkpoint. One write at a
   * time; a failed write keeps its reports for the next one, and the journal keeps them across a restart.
   */
  async flush(): Promise<void> {
    await this.#flush();
  }

  #flush(): Promise<{ lines: number; damaged: number }> {
    if (this.#flushing) return this.#flushing.then(() => this.#flush());
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (!this.#unflushed) return Promise.resolve({ lines: 0, damaged: 0 });
    // Rotating writes what is pending first, which hands those lines to the pipeline before the flush message.
    const segment = this.#journal.rotate();
    const counts = this.#drops.entries();
    this.#drops = new ReportTally();
    this.#unflushed = false;
    this.#flushing = new Promise<Extract<FromPipeline, { type: 'flushed' }>>((resolve) => {
      this.#flushed = resolve;
      this.#post({ type: 'flush', through: segment, journal: this.#journalId, counts });
    }).then(({ error, durationMs, counted, lines, damaged }) => {
      this.#pipelineCounted = counted;
      if (error === null) {
        this.#lastFlushError = null;
        this.#journal.discardThrough(segment);
        this.#onFlush(null, durationMs);
        return { lines, damaged };
      }
      // The pipeline folded the batch back in: the next flush must carry it even if nothing new arrives.
      this.#unflushed = true;
      const failure = new Error(error);
      this.#lastFlushError = failure;
      this.#onFlush(failure, durationMs);
      throw failure;
    }).finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  #fromPipeline(message: FromPipeline): void {
    if (message.type === 'flushed') {
      const resolve = this.#flushed;
      this.#flushed = null;
      resolve?.(message);
    }
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
      if (!this.#fatal) await this.flush();
    } finally {
      this.#post({ type: 'stop' });
      await this.#pipeline?.stopped();
      await this.#journal.close();
    }
  }
}
