/**
 * Parent side of child.ts: one child process per worker, one job at a time, each with a time limit. A job that runs
 * over its limit gets the child's whole process group killed (tools may start processes of their own) and is
 * reported as failed with the reason; the next job starts a fresh child.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { ObfuscatorOptions } from 'javascript-obfuscator';
import type { ChildMessage, Produced, Role } from './child.ts';
import type { SkimguardCheck } from './skimguard.ts';

const CHILD_PATH = new URL('./child.ts', import.meta.url).pathname;
/** Loading a tool (webcrack pulls in Babel and isolated-vm) takes a second or two; this only catches a wedged start. */
const START_TIMEOUT_MS = 120_000;

export type JobResult = ({ ok: true; ms: number } & Produced) | { ok: false; error: string; ms: number };

export interface JobInput { code: string; options?: ObfuscatorOptions; check?: SkimguardCheck }

const live = new Set<ChildProcess>();

/** The child and whatever it started (a tool's sandbox process may outlive the child that spawned it). */
function killGroup(child: ChildProcess): void {
  live.delete(child);
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

// Children are detached (their own process group, so a timeout can kill what they started); they must not outlive us.
process.on('exit', () => {
  for (const child of [...live]) killGroup(child);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of [...live]) killGroup(child);
    process.exit(130);
  });
}

export class ToolWorker {
  readonly role: Role;
  readonly timeoutMs: number;
  /** Set once the tool has loaded: what runs (e.g. which sandbox restringer uses). */
  detail = '';
  #child: ChildProcess | null = null;
  #starting: Promise<string | null> | null = null;
  #stderr = '';
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();
  /** Why the tool cannot load here; kept, so that every later job does not pay for another failed start. */
  #unavailable: string | null = null;

  constructor(role: Role, timeoutMs: number) {
    this.role = role;
    this.timeoutMs = timeoutMs;
  }

  /** Starts the child if needed; resolves to null when ready, or to the reason the tool cannot run here. */
  start(): Promise<string | null> {
    if (this.#unavailable) return Promise.resolve(this.#unavailable);
    if (this.#child && !this.#starting) return Promise.resolve(null);
    this.#starting ??= new Promise<string | null>((resolve) => {
      const child = fork(CHILD_PATH, [this.role], { detached: true, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      live.add(child);
      this.#child = child;
      this.#stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        this.#stderr = (this.#stderr + chunk).slice(-2000);
      });
      const timer = setTimeout(() => finish(`did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
      const finish = (error: string | null): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        this.#starting = null;
        if (error) {
          this.#unavailable = error;
          this.#discard();
        }
        resolve(error);
      };
      const onMessage = (message: ChildMessage): void => {
        if (message.type === 'ready') {
          this.detail = message.detail;
          finish(null);
        } else if (message.type === 'unavailable') {
          finish(message.error);
        }
      };
      const onExit = (code: number | null, signal: string | null): void => finish(`exited while loading (${signal ?? `code ${code}`}): ${this.#lastError()}`);
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
    return this.#starting;
  }

  /** Jobs wait their turn: the time limit of a job must not run while the child is still busy with another. */
  run(input: JobInput): Promise<JobResult> {
    const result = this.#queue.then(() => this.#runNow(input));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #runNow(input: JobInput): Promise<JobResult> {
    const unavailable = await this.start();
    if (unavailable) return { ok: false, error: `could not start: ${unavailable}`, ms: 0 };
    const child = this.#child as ChildProcess;
    const id = this.#nextId++;
    return new Promise<JobResult>((resolve) => {
      const started = performance.now();
      let settled = false;
      const done = (result: JobResult): void => {
        settled = true;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(result);
      };
      // The parent may have been busy when the limit passed: one turn of the event loop's I/O phase first, so that
      // a result already waiting in the pipe is read rather than taken for a timeout.
      const timer = setTimeout(() => setImmediate(() => {
        if (settled) return;
        this.#discard();
        done({ ok: false, error: `timed out after ${this.timeoutMs / 1000} s`, ms: performance.now() - started });
      }), this.timeoutMs);
      const onMessage = (message: ChildMessage): void => {
        if (message.type !== 'result' || message.id !== id) return;
        done(message.ok ? { ok: true, code: message.code, ...(message.check ? { check: message.check } : {}), ms: message.ms } : { ok: false, error: message.error, ms: message.ms });
      };
      const onExit = (exitCode: number | null, signal: string | null): void => {
        this.#child = null;
        killGroup(child);
        done({ ok: false, error: `crashed (${signal ?? `exit code ${exitCode}`}): ${this.#lastError()}`, ms: performance.now() - started });
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ id, ...input });
    });
  }

  close(): void {
    this.#discard();
  }

  #discard(): void {
    if (this.#child) killGroup(this.#child);
    this.#child = null;
  }

  /** The last meaningful stderr line: V8's "heap out of memory", an uncaught error's message. */
  #lastError(): string {
    const lines = this.#stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    return (lines.find((line) => /out of memory|Error/i.test(line)) ?? lines[lines.length - 1] ?? 'no output').slice(0, 200);
  }
}

/**
 * Runs `jobs` over `workers` in parallel (each worker takes the next job when it is free); results in input order.
 * Workers after the first take a job only while `allowed(rank)` says so, so that a pool can leave cores to tools
 * running in the background (their time limits would otherwise measure the crowding).
 */
export async function runAll<T, R>(
  workers: readonly ToolWorker[], jobs: readonly T[], run: (worker: ToolWorker, job: T) => Promise<R>,
  options: { allowed?: (rank: number) => boolean; onProgress?: (done: number) => void } = {},
): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    workers.map(async (worker, rank) => {
      while (next < jobs.length) {
        if (rank > 0 && options.allowed && !options.allowed(rank)) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          continue;
        }
        const index = next++;
        results[index] = await run(worker, jobs[index] as T);
        options.onProgress?.(++done);
      }
    }),
  );
  return results;
}
