/**
 * Obfuscated versions of the samples, from the disk cache or made fresh. A file the obfuscator refuses is cached as
 * an error too, so that reruns report it again without paying for it again.
 */
import { join } from 'node:path';
import type { Sample } from '../corpus.ts';
import { CACHE_ROOT, cacheKey, readCached, writeCached } from './cache.ts';
import type { Preset } from './presets.ts';
import { runAll, type ToolWorker } from './workers.ts';

export type Obfuscated = { ok: true; code: string } | { ok: false; error: string };

export interface ObfuscationRun {
  results: Map<string, Obfuscated>;
  fromCache: number;
  seconds: number;
}

function pathsFor(preset: Preset, sample: Sample, obfuscatorVersion: string): { code: string; error: string } {
  const shape = preset.kind === 'encoder' ? `encoder ${preset.version}` : `javascript-obfuscator ${obfuscatorVersion} ${JSON.stringify(preset.options)}`;
  const key = cacheKey(sample.source, preset.name, shape);
  return { code: join(CACHE_ROOT, preset.name, `${key}.js`), error: join(CACHE_ROOT, preset.name, `${key}.error.txt`) };
}

export async function obfuscateAll(preset: Preset, samples: readonly Sample[], workers: readonly ToolWorker[], obfuscatorVersion: string, allowed?: (rank: number) => boolean): Promise<ObfuscationRun> {
  const started = performance.now();
  const results = new Map<string, Obfuscated>();
  const missing: Sample[] = [];
  for (const sample of samples) {
    const paths = pathsFor(preset, sample, obfuscatorVersion);
    const code = readCached(paths.code);
    const error = code === null ? readCached(paths.error) : null;
    if (code !== null) results.set(sample.id, { ok: true, code });
    else if (error !== null) results.set(sample.id, { ok: false, error });
    else missing.push(sample);
  }
  const fromCache = samples.length - missing.length;
  const store = (sample: Sample, result: Obfuscated): void => {
    const paths = pathsFor(preset, sample, obfuscatorVersion);
    if (result.ok) writeCached(paths.code, result.code);
    else writeCached(paths.error, result.error);
    results.set(sample.id, result);
  };
  if (preset.kind === 'encoder') {
    for (const sample of missing) {
      try {
        store(sample, { ok: true, code: preset.encode(sample.source) });
      } catch (error) {
        store(sample, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } else if (missing.length > 0) {
    // Largest first, so that the pool does not end waiting on one big bundle started last.
    const order = [...missing].sort((a, b) => b.source.length - a.source.length);
    const options = preset.options;
    let lastReport = performance.now();
    await runAll(workers, order, async (worker, sample) => {
      const result = await worker.run({ code: sample.source, options });
      // A timeout or crash may be this machine's doing, so only the obfuscator's own refusals are cached.
      if (result.ok) store(sample, { ok: true, code: result.code });
      else if (/^(timed out|crashed|could not start)/.test(result.error)) results.set(sample.id, { ok: false, error: result.error });
      else store(sample, { ok: false, error: result.error });
    }, {
      ...(allowed ? { allowed } : {}),
      onProgress: (done) => {
        if (performance.now() - lastReport < 30_000) return;
        lastReport = performance.now();
        process.stderr.write(`  [${preset.name}] obfuscated ${done}/${order.length}\n`);
      },
    });
  }
  return { results, fromCache, seconds: (performance.now() - started) / 1000 };
}
