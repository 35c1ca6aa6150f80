/**
 * Worker thread that runs the static analysis. Analysis never executes the script, but a hostile input can still
 * make a parser or a pass slow; running it here lets the caller stop it at a time budget (status `timeout`)
 * without taking the whole process down.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeSource } from '../analyze/pipeline.ts';
import { defaultModel } from '../analyze/score/default-model.ts';

parentPort?.on('message', (message: { id: number; source: string }) => {
  try {
    const result = analyzeSource(message.source, { model: defaultModel });
    parentPort?.postMessage({ id: message.id, ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, code: (error as { code?: string }).code, error: error instanceof Error ? error.message : String(error) });
  }
});
