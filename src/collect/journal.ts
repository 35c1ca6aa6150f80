/**
 * The report journal: what makes "acknowledged" mean "kept". Every accepted report is appended here before the
 * browser gets its 204, and the in-memory aggregate that will reach the database later is only a fold of these
 * lines. If the process dies (kill -9, OOM, a crash) between the acknowledgement and the next database write, the
 * lines are still in the file and are replayed at the next start.
 *
 * Group commit: the lines of every request handled in one turn of the event loop are written with one write(2), so
 * a busy endpoint makes a few writes per millisecond, not one per report. A write that has returned is in the
 * kernel's page cache and survives the death of the process; with `fsync` on, the acknowledgement also waits for
 * fdatasync(2) (shared by the same group), which makes it survive the death of the machine, at a cost in latency.
 *
 * Segments: the journal is a numbered series of files. Each database write takes the fold of everything up to the
 * current segment, starts the next one, and records the finished segment's number as the checkpoint in the same
 * transaction; segments at or below the checkpoint are then deleted. At start, segments above the checkpoint are
 * replayed. A line is `JSON<TAB>crc32-hex` so a line torn by the crash (never acknowledged: its write had not
 * returned) is recognised and skipped rather than misread.
 */
import { closeSync, existsSync, fdatasync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { SkimguardError } from '../errors.ts';

const SEGMENT_NAME = /^(\d{12})\.log$/;
const segmentName = (segment: number): string => `${String(segment).padStart(12, '0')}.log`;

export interface JournalOptions {
  /** Directory of this journal; one process writes it at a time (a lock file says which). */
  dir: string;
  /** Wait for fdatasync before acknowledging (survives power loss; slower). */
  fsync: boolean;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

function syncThenSettle(fd: number, waiters: Waiter[]): Promise<void> {
  return new Promise((resolve) => {
    if (waiters.length === 0) {
      resolve();
      return;
    }
    fdatasync(fd, (error) => {
      for (const waiter of waiters) if (error) waiter.reject(error); else waiter.resolve();
      resolve();
    });
  });
}

export interface OpenResult {
  /** Segments above the checkpoint that hold lines, oldest first: what a previous process did not get written. */
  segments: number[];
  /** The highest segment found, -1 when there were none. */
  lastSegment: number;
}

export interface SegmentRecords {
  records: unknown[];
  /** Lines that failed their checksum or did not parse: a torn last write, or damage. */
  damaged: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lineOf(record: unknown): string {
  return lineOfJson(JSON.stringify(record));
}

const lineOfJson = (json: string): string => `${json}\t${crc32(json).toString(16)}\n`;

/** The numbers of the segments in a journal directory, in order. */
export function segmentsIn(dir: string): number[] {
  return readdirSync(dir).map((name) => SEGMENT_NAME.exec(name)?.[1]).filter((match) => match !== undefined).map(Number).sort((a, b) => a - b);
}

/** Reads one segment of a journal (none: no records). */
export function readSegment(dir: string, segment: number): SegmentRecords {
  const path = join(dir, segmentName(segment));
  return existsSync(path) ? readSegmentText(readFileSync(path, 'utf8')) : { records: [], damaged: 0 };
}

/** Reads one segment's text; lines whose checksum fails are counted, not returned. */
export function readSegmentText(text: string): SegmentRecords {
  const records: unknown[] = [];
  let damaged = 0;
  const lines = text.split('\n');
  // The part after the last newline is a line whose write never completed.
  if (lines[lines.length - 1] !== '') damaged += 1;
  for (const line of lines.slice(0, -1)) {
    const tab = line.lastIndexOf('\t');
    const json = line.slice(0, tab);
    if (tab < 0 || crc32(json).toString(16) !== line.slice(tab + 1)) {
      damaged += 1;
      continue;
    }
    try {
      records.push(JSON.parse(json));
    } catch {
      damaged += 1;
    }
  }
  return { records, damaged };
}

export class ReportJournal {
  readonly #dir: string;
  readonly #fsync: boolean;
  #segment = 0;
  #fd = -1;
  /** Bytes written to the current segment. */
  #bytes = 0;
  #pending: string[] = [];
  #waiters: Waiter[] = [];
  #scheduled = false;
  /** Waiters whose lines are written to the current file but not yet synced (fsync on). */
  #unsynced: Waiter[] = [];
  /** The fdatasync in flight, if any: one at a time, and the lines written meanwhile share the next one. */
  #syncing: Promise<void> | null = null;

  constructor(options: JournalOptions) {
    this.#dir = options.dir;
    this.#fsync = options.fsync;
  }

  get segment(): number {
    return this.#segment;
  }

  /** Bytes written to the current segment so far. */
  get segmentBytes(): number {
    return this.#bytes;
  }

  /**
   * Takes the journal's lock and finds what a previous process left: the segments above `checkpoint` (read with
   * readSegment). Segments at or below it are already in the database and are deleted. Writing starts in a new
   * segment.
   */
  open(checkpoint: number): OpenResult {
    mkdirSync(this.#dir, { recursive: true });
    this.#lock();
    const segments = segmentsIn(this.#dir);
    const result: OpenResult = { segments: [], lastSegment: segments.at(-1) ?? -1 };
    for (const segment of segments) {
      const path = join(this.#dir, segmentName(segment));
      // An empty segment (a run that stopped with nothing to write) holds nothing to replay; don't let them pile up.
      if (segment <= checkpoint || statSync(path).size === 0) rmSync(path, { force: true });
      else result.segments.push(segment);
    }
    this.#segment = Math.max(result.lastSegment, checkpoint) + 1;
    this.#fd = openSync(join(this.#dir, segmentName(this.#segment)), 'a');
    return result;
  }

  #lock(): void {
    const lock = join(this.#dir, 'lock');
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, 'utf8'));
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new SkimguardError('SG_CONFIG', `the report journal ${this.#dir} is in use by process ${holder}; give each serve process its own journal (ingest.journal_id)`);
    }
    // Left by a process that died: take it over.
    writeFileSync(lock, String(process.pid));
  }

  /** Appends one record; resolves once it is written (and synced, with fsync on). */
  append(record: unknown): Promise<void> {
    return this.appendJson(JSON.stringify(record));
  }

  /** Appends one record already serialized (one line of JSON: no raw newline). */
  appendJson(json: string): Promise<void> {
    if (this.#fd < 0) return Promise.reject(new SkimguardError('SG_UNAVAILABLE', 'the report journal is closed'));
    this.#pending.push(lineOfJson(json));
    const done = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#writePending());
    }
    return done;
  }

  #writePending(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0) return;
    const text = this.#pending.join('');
    const waiters = this.#waiters;
    this.#pending = [];
    this.#waiters = [];
    try {
      this.#bytes += writeSync(this.#fd, text);
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error as Error);
      return;
    }
    if (!this.#fsync) {
      for (const waiter of waiters) waiter.resolve();
      return;
    }
    this.#unsynced.push(...waiters);
    this.#startSync();
  }

  #startSync(): void {
    if (this.#syncing || this.#unsynced.length === 0) return;
    const waiters = this.#unsynced;
    this.#unsynced = [];
    this.#syncing = syncThenSettle(this.#fd, waiters).then(() => {
      this.#syncing = null;
      this.#startSync();
    });
  }

  /**
   * Ends the current segment and starts the next; returns the number of the ended one. Lines appended before the
   * call are in the ended segment, lines appended after it in the new one.
   */
  rotate(): number {
    this.#writePending();
    const ended = this.#segment;
    const fd = this.#fd;
    // The ended file's unsynced lines get a sync of their own on it, after the one in flight; then it is closed.
    const unsynced = this.#unsynced;
    this.#unsynced = [];
    const inFlight = this.#syncing ?? Promise.resolve();
    this.#segment += 1;
    this.#bytes = 0;
    this.#fd = openSync(join(this.#dir, segmentName(this.#segment)), 'a');
    void inFlight.then(() => syncThenSettle(fd, unsynced)).then(() => closeSync(fd));
    return ended;
  }

  /** Deletes the segments at or below `segment`: their records are in the database. */
  discardThrough(segment: number): void {
    for (const found of segmentsIn(this.#dir)) if (found <= segment) rmSync(join(this.#dir, segmentName(found)), { force: true });
  }

  /** Writes what is pending and closes; the lock is released. */
  async close(): Promise<void> {
    if (this.#fd < 0) return;
    this.#writePending();
    const fd = this.#fd;
    this.#fd = -1;
    await this.#syncing;
    await syncThenSettle(fd, this.#unsynced);
    this.#unsynced = [];
    closeSync(fd);
    rmSync(join(this.#dir, 'lock'), { force: true });
  }
}
