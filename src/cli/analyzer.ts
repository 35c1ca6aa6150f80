import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../analyze/pipeline.ts';
import { deobfuscationTimeLimit } from '../analyze/deobfuscate/index.ts';

/**
 * Time budget for analysing one script, on top of the deobfuscator's own budget for it (which grows with the
 * script's size); a 5 MB bundle takes well under 2 s to analyse, so this only stops pathological input.
 */
export const ANALYSIS_TIMEOUT_MS = 20_000;
/** Heap for the analysis worker: bounds memory bombs in decoded payloads. The large stack lets the recursive
 * parser back-ends take deeply nested (generated) code. */
const WORKER_HEAP_MB = 2048;

export type AnalyzerOutcome = { ok: true; result: AnalysisResult } | { ok: false; reason: 'timeout' | 'crash' | 'too_large'; error: string };

/** One analysis worker, replaced when a script exceeds its time budget or kills it. */
export class Analyzer {
  private worker: Worker | null = null;
  private nextId = 0;
  /** A fixed budget for every script (tests), or null for the default that grows with the script. */
  private readonly timeoutMs: number | null;
  constructor(timeoutMs?: number) { this.timeoutMs = timeoutMs ?? null; }

  private spawn(): Worker {
    this.worker ??= new Worker(new URL('./analysis-worker.ts', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: 256 },
    });
    this.worker.unref();
    return this.worker;
  }

  analyze(source: string): Promise<AnalyzerOutcome> {
    const worker = this.spawn();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const finish = (outcome: AnalyzerOutcome): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const discard = (): void => {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      };
      const timeoutMs = this.timeoutMs ?? ANALYSIS_TIMEOUT_MS + deobfuscationTimeLimit(source.length);
      const timer = setTimeout(() => {
        discard();
        finish({ ok: false, reason: 'timeout', error: `analysis took longer than ${timeoutMs / 1000} s and was stopped` });
      }, timeoutMs);
      const onMessage = (message: { id: number; ok: boolean; result?: AnalysisResult; error?: string; code?: string }): void => {
        if (message.id !== id) return;
        if (message.ok && message.result) finish({ ok: true, result: message.result });
        else finish({ ok: false, reason: message.code === 'SG_TOO_LARGE' ? 'too_large' : 'crash', error: message.error ?? 'analysis failed' });
      };
      const onError = (error: Error): void => {
        discard();
        finish({ ok: false, reason: 'crash', error: `analysis failed: ${error.message}` });
      };
      const onExit = (): void => {
        if (this.worker === worker) this.worker = null;
        finish({ ok: false, reason: 'crash', error: 'analysis worker stopped (out of memory?)' });
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, source });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
