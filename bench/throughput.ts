/**
 * `npm run bench`: end-to-end analysis throughput over the benign corpus against the raw parse throughput of the
 * same parser in the same run (the ratio is the figure that matters), latency percentiles, peak memory, the time
 * for one 5 MB bundle, and what the deobfuscation stage that `scan` runs first (the look for marks of obfuscation,
 * then the deobfuscator on the files that show them) adds, as a multiple of the parse time.
 */
import { loadBenign } from '../scripts/corpus.ts';
import { parseStrict } from '../src/analyze/parse.ts';
import { analyzeSource, deobfuscateForAnalysis } from '../src/analyze/pipeline.ts';
import { defaultModel } from '../src/analyze/score/default-model.ts';
import { createSandbox } from '../src/analyze/sandbox.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
// Whole files only: the truncated copies the evaluation adds would send the strict parser down its error path.
const samples = loadBenign().filter((sample) => !sample.id.endsWith('#truncated'));
const totalBytes = samples.reduce((sum, sample) => sum + Buffer.byteLength(sample.source), 0);
const megabytes = totalBytes / 1024 / 1024;

interface Round { parseSeconds: number; fullSeconds: number; deobfuscationSeconds: number; perScript: number[] }

const sandbox = await createSandbox();
const now = (): number => performance.now();
/** Files the stage deobfuscated (they showed marks of obfuscation), counted in the first round. */
const deobfuscatedFiles = new Set<string>();

/**
 * Parse and full analysis are timed file by file, side by side, the order alternating between files: the machines
 * this runs on change speed by tens of percent within a minute (shared virtual CPUs), and timing all parses first
 * and all analyses afterwards made the ratio swing between runs by as much. Each round gives one ratio; the median
 * round is reported.
 */
function timeRound(round: number): Round {
  let parseMs = 0;
  let fullMs = 0;
  let deobfuscationMs = 0;
  const perScript: number[] = [];
  samples.forEach((sample, index) => {
    const parseFirst = (index + round) % 2 === 0;
    let parseTime = 0;
    if (parseFirst) parseTime = timed(() => parseStrict(sample.source));
    const fullTime = timed(() => analyzeSource(sample.source, { model: defaultModel }));
    const stageStart = performance.now();
    const stage = deobfuscateForAnalysis(sample.source, { sandbox, now });
    deobfuscationMs += performance.now() - stageStart;
    if (stage.summary) deobfuscatedFiles.add(sample.id);
    if (!parseFirst) parseTime = timed(() => parseStrict(sample.source));
    parseMs += parseTime;
    fullMs += fullTime;
    perScript.push(fullTime);
  });
  return { parseSeconds: parseMs / 1000, fullSeconds: fullMs / 1000, deobfuscationSeconds: deobfuscationMs / 1000, perScript };
}

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

// warm-up: JIT and the parser's native side
for (const sample of samples.slice(0, 20)) analyzeSource(sample.source, { model: defaultModel });

const rounds = Array.from({ length: ROUNDS }, (_, round) => timeRound(round));
const ratioOf = (round: Round): number => round.parseSeconds / round.fullSeconds;
const byRatio = [...rounds].sort((a, b) => ratioOf(a) - ratioOf(b));
const median = byRatio[Math.floor(byRatio.length / 2)] as Round;

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

const parseRate = megabytes / median.parseSeconds;
const fullRate = megabytes / median.fullSeconds;
console.log(`skimguard benchmark: ${samples.length} benign files, ${megabytes.toFixed(1)} MB, ${ROUNDS} rounds (median round shown), Node ${process.version}`);
console.log(`  raw parse (oxc, raw transfer):  ${parseRate.toFixed(1)} MB/s`);
console.log(`  end-to-end analysis:            ${fullRate.toFixed(1)} MB/s`);
console.log(`  ratio end-to-end / parse:       ${(100 * ratioOf(median)).toFixed(1)} % (rounds: ${rounds.map((round) => (100 * ratioOf(round)).toFixed(1)).join(', ')})`);
const stageRatios = rounds.map((round) => round.deobfuscationSeconds / round.parseSeconds);
console.log(`  deobfuscation stage / parse:    ${(stageRatios[rounds.indexOf(median)] as number).toFixed(2)}x (rounds: ${stageRatios.map((r) => r.toFixed(2)).join(', ')}; ` +
  `${deobfuscatedFiles.size} of ${samples.length} files showed marks of obfuscation and were deobfuscated: ${[...deobfuscatedFiles].join(', ') || 'none'})`);
console.log(`  per script: p50 ${percentile(median.perScript, 50).toFixed(1)} ms, p99 ${percentile(median.perScript, 99).toFixed(1)} ms, max ${Math.max(...median.perScript).toFixed(1)} ms`);
console.log(`  one ${(big.length / 1024 / 1024).toFixed(1)} MB bundle: ${bigMs.toFixed(0)} ms (score ${bigResult.score}, ${bigResult.strict ? 'parsed strictly' : 'tolerant parse'})`);
console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
