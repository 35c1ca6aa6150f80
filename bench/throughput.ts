/**
 * `npm run bench`: end-to-end analysis throughput over the benign corpus against the raw parse throughput of the
 * same parser in the same run (the ratio is the figure that matters), latency percentiles, peak memory, and the
 * time for one 5 MB bundle.
 */
import { loadBenign } from '../scripts/corpus.ts';
import { parseStrict } from '../src/analyze/parse.ts';
import { analyzeSource } from '../src/analyze/pipeline.ts';
import { defaultModel } from '../src/analyze/score/default-model.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Whole files only: the truncated copies the evaluation adds would send the strict parser down its error path.
const samples = loadBenign().filter((sample) => !sample.id.endsWith('#truncated'));
const totalBytes = samples.reduce((sum, sample) => sum + Buffer.byteLength(sample.source), 0);
const megabytes = totalBytes / 1024 / 1024;

function timeAll(fn: (source: string) => void): { seconds: number; perScript: number[] } {
  let best = Infinity;
  let bestPerScript: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const perScript: number[] = [];
    const start = performance.now();
    for (const sample of samples) {
      const t = performance.now();
      fn(sample.source);
      perScript.push(performance.now() - t);
    }
    const seconds = (performance.now() - start) / 1000;
    if (seconds < best) { best = seconds; bestPerScript = perScript; }
  }
  return { seconds: best, perScript: bestPerScript };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

// warm-up: JIT and the parser's native side
for (const sample of samples.slice(0, 20)) analyzeSource(sample.source, { model: defaultModel });

const parse = timeAll((source) => { parseStrict(source); });
const full = timeAll((source) => { analyzeSource(source, { model: defaultModel }); });

const bigParts: string[] = [];
let bigSize = 0;
for (const sample of [...samples].sort((a, b) => b.source.length - a.source.length)) {
  if (bigSize >= 5 * 1024 * 1024) break;
  // Wrapped scripts only (a module or a cut-off file would make the bundle fail to parse strictly).
  const wrapped = `;(function(){\n${sample.source}\n})();`;
  if (parseStrict(wrapped).error !== null) continue;
  bigParts.push(wrapped);
  bigSize += wrapped.length;
}
const big = bigParts.join('\n');
const bigStart = performance.now();
const bigResult = analyzeSource(big, { model: defaultModel });
const bigMs = performance.now() - bigStart;

const parseRate = megabytes / parse.seconds;
const fullRate = megabytes / full.seconds;
console.log(`skimguard benchmark: ${samples.length} benign files, ${megabytes.toFixed(1)} MB, best of ${ROUNDS} rounds, Node ${process.version}`);
console.log(`  raw parse (oxc, raw transfer):  ${parseRate.toFixed(1)} MB/s`);
console.log(`  end-to-end analysis:            ${fullRate.toFixed(1)} MB/s`);
console.log(`  ratio end-to-end / parse:       ${(100 * fullRate / parseRate).toFixed(1)} %`);
console.log(`  per script: p50 ${percentile(full.perScript, 50).toFixed(1)} ms, p99 ${percentile(full.perScript, 99).toFixed(1)} ms, max ${Math.max(...full.perScript).toFixed(1)} ms`);
console.log(`  one ${(big.length / 1024 / 1024).toFixed(1)} MB bundle: ${bigMs.toFixed(0)} ms (score ${bigResult.score}, ${bigResult.strict ? 'parsed strictly' : 'tolerant parse'})`);
console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
