/**
 * Worker thread that runs the analysis. Analysis never executes the script with access to anything (decoders run
 * in the sandbox, see analyze/sandbox.ts), but a hostile input can still
 * make a parser or a pass slow; running it here lets the caller stop it at a time budget (status `timeout`)
 * without taking the whole process down.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeSource } from '../analyze/pipeline.ts';
import { defaultModel } from '../analyze/score/default-model.ts';
import { createSandbox } from '../analyze/sandbox.ts';

// Decoders that are code (obfuscator.io rc4 tables, packers, custom ciphers) run in this WebAssembly sandbox.
const sandbox = await createSandbox();
const now = (): number => performance.now();

parentPort?.on('message', (message: { id: number; source: string }) => {
  try {
    const result = analyzeSource(message.source, { model: defaultModel, sandbox, now });
    parentPort?.postMessage({ id: message.id, ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, code: (error as { code?: string }).code, error: error instanceof Error ? error.message : String(error) });
  }
});
