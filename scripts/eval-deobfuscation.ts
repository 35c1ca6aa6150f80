/**
 * `npm run eval:deobfuscation`: how well skimguard's deobfuscator holds up against real obfuscators, next to webcrack
 * and restringer. Every corpus sample is obfuscated with each preset (javascript-obfuscator's presets and single
 * techniques, plus hand-written packer/eval/Function/XOR wrappers), then each tool gets the same obfuscated file.
 *
 * Figures per preset:
 * - string recovery: the share of the plain sample's string values found again in a tool's output;
 * - detection: recall and false-positive rate of `skimguard scan`'s analysis on the obfuscated files next to the
 *   plain ones, each scored by a model that never saw the sample's family (the folds of scripts/eval.ts);
 * - time per file.
 *
 * Knobs (environment): EVAL_PRESETS, EVAL_TOOLS (comma lists), EVAL_BENIGN_LIMIT, EVAL_MALICIOUS_LIMIT (files),
 * EVAL_BENIGN_MAX_KB (size cap), EVAL_COMPARE_LIMIT (files per preset given to webcrack/restringer, 0 = all),
 * EVAL_TIMEOUT_S (per file, webcrack/restringer). Obfuscated files and third-party outputs are cached under
 * node_modules/.cache/skimguard-eval-deobfuscation/.
 *
 * Every tool runs in child processes with a time limit per file (eval-deobfuscation/workers.ts), skimguard included:
 * a hang or crash costs one file and is reported with its reason.
 */
import { availableParallelism } from 'node:os';
import { loadBenign, loadMalicious, type Sample } from './corpus.ts';
import { examplesFor, inspectAll, train } from './learn.ts';
import { scoreInspection, type Inspection } from '../src/analyze/pipeline.ts';
import type { Model } from '../src/analyze/score/model.ts';
import { describePreset, selectPresets, type Preset } from './eval-deobfuscation/presets.ts';
import { BENIGN_MAX_BYTES, COMPARE_FILES_PER_PRESET, compareSelection, exclusionReason, spread } from './eval-deobfuscation/samples.ts';
import { indexOutput, originalStrings, recovered, stringsKeptByPlainReading, type Expected } from './eval-deobfuscation/strings.ts';
import { createSandbox } from '../src/analyze/sandbox.ts';
import { deobfuscate } from '../src/analyze/deobfuscate/index.ts';
import { runAll, ToolWorker } from './eval-deobfuscation/workers.ts';
import { obfuscateAll } from './eval-deobfuscation/obfuscate.ts';
import { packageVersion, runExternal, selectTools, type ExternalTool, type Tool } from './eval-deobfuscation/tools.ts';
import { mean, ms, pct, percentile, ratio, reasons, share, summarize, table, type FileOutcome, type Summary } from './eval-deobfuscation/stats.ts';

const THRESHOLD = 50;
const GOALS = { recovery: 0.95, recallDropPoints: 2, falsePositiveRate: 0.01 } as const;
/** javascript-obfuscator on one file: the high preset needs seconds per 100 KB; this only stops a pathological case. */
const OBFUSCATE_TIMEOUT_MS = 5 * 60_000;
/** skimguard on one file: its deobfuscator stops itself within its budget (at most 30 s), then analyses; past this it hangs. */
const SKIMGUARD_TIMEOUT_MS = 2 * 60_000;

const intFromEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${JSON.stringify(raw)}`);
  return value;
};

const wallStarted = performance.now();
const presets = selectPresets(process.env.EVAL_PRESETS);
const tools = selectTools(process.env.EVAL_TOOLS);
const externalTools = tools.filter((tool): tool is ExternalTool => tool !== 'skimguard');
const benignMaxBytes = intFromEnv('EVAL_BENIGN_MAX_KB', BENIGN_MAX_BYTES / 1024) * 1024;
const toolTimeoutMs = intFromEnv('EVAL_TIMEOUT_S', 30) * 1000;
const versions = { obfuscator: packageVersion('javascript-obfuscator'), webcrack: packageVersion('webcrack'), restringer: packageVersion('restringer') };
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---- samples ---------------------------------------------------------------------------------------------------

const malicious = loadMalicious();
const benign = loadBenign();
const all = [...malicious, ...benign];
const exclusion = new Map<string, string>();
for (const sample of all) {
  const reason = exclusionReason(sample);
  if (reason) exclusion.set(sample.id, reason);
}
const scriptMalicious = malicious.filter((sample) => !exclusion.has(sample.id));
const scriptBenign = benign.filter((sample) => !exclusion.has(sample.id));
const underCap = scriptBenign.filter((sample) => sample.source.length <= benignMaxBytes);
const chosenMalicious = spread(scriptMalicious, intFromEnv('EVAL_MALICIOUS_LIMIT', scriptMalicious.length));
const chosenBenign = spread(underCap, intFromEnv('EVAL_BENIGN_LIMIT', underCap.length));
const chosen = [...chosenMalicious, ...chosenBenign];
const compareIds = compareSelection(chosenMalicious, chosenBenign, intFromEnv('EVAL_COMPARE_LIMIT', COMPARE_FILES_PER_PRESET));
/**
 * Strings to recover: the plain sample's string values, less those that skimguard's deobfuscator already decodes away
 * on the plain sample (encoded payloads; see stringsKeptByPlainReading). Counted and printed, never silently dropped.
 */
const plainSandbox = await createSandbox();
const decodedAway = { malicious: 0, benign: 0 };
const stringsOf = new Map(chosen.map((sample) => {
  const all = originalStrings(sample.source);
  let reading = sample.source;
  try {
    reading = deobfuscate(sample.source, { sandbox: plainSandbox, now: () => performance.now() }).code;
  } catch {
    // the plain sample as it is: nothing is left out for it
  }
  const { kept, decodedAway: away } = stringsKeptByPlainReading(all, reading);
  decodedAway[sample.malicious ? 'malicious' : 'benign'] += away;
  return [sample.id, kept];
}));

const countReasons = (list: readonly Sample[]): string => {
  const counts = new Map<string, number>();
  for (const sample of list) if (exclusion.has(sample.id)) counts.set(exclusion.get(sample.id) as string, (counts.get(exclusion.get(sample.id) as string) ?? 0) + 1);
  return [...counts.entries()].map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
};

console.log('skimguard deobfuscation evaluation');
console.log(`  obfuscators: javascript-obfuscator ${versions.obfuscator} (seed fixed), own encoders; tools: ${tools.join(', ')}`);
console.log(`  malicious: ${chosenMalicious.length} of ${malicious.length} samples (left out as not a complete classic script: ${countReasons(malicious)})`);
console.log(`  benign:    ${chosenBenign.length} of ${benign.length} files (left out as not a complete classic script: ${countReasons(benign)}; ` +
  `${scriptBenign.length - underCap.length} scripts over the ${benignMaxBytes / 1024} KB size cap left out, ${underCap.length} under it)`);
console.log(`  string values to recover: ${chosenMalicious.reduce((n, s) => n + (stringsOf.get(s.id)?.length ?? 0), 0)} malicious, ${chosenBenign.reduce((n, s) => n + (stringsOf.get(s.id)?.length ?? 0), 0)} benign (distinct per file; left out as decoded away already on the plain sample: ${decodedAway.malicious} malicious, ${decodedAway.benign} benign)`);
if (externalTools.length > 0) console.log(`  webcrack ${versions.webcrack} / restringer ${versions.restringer}: ${compareIds.size} files per preset (${[...compareIds].filter((id) => chosenMalicious.some((s) => s.id === id)).length} malicious), ${toolTimeoutMs / 1000} s limit per file`);

// ---- plain-corpus models, one per held-out family (as scripts/eval.ts) --------------------------------------------

const skimguard = tools.includes('skimguard');
const modelOf = new Map<string, Model>();
const plainScore = new Map<string, number>();
if (skimguard) {
  const started = performance.now();
  const inspections = inspectAll(all);
  const families = [...new Set(malicious.map((sample) => sample.group))].sort();
  const packages = [...new Set(benign.map((sample) => sample.group))].sort();
  const benignFold = new Map(packages.map((name, index) => [name, index % families.length]));
  families.forEach((family, fold) => {
    const isHeldOut = (sample: Sample): boolean => (sample.malicious ? sample.group === family : benignFold.get(sample.group) === fold);
    const model = train(examplesFor(all.filter((sample) => !isHeldOut(sample)), inspections));
    for (const sample of all.filter(isHeldOut)) {
      modelOf.set(sample.id, model);
      plainScore.set(sample.id, scoreInspection(inspections.get(sample.id) as Inspection, model).score);
    }
  });
  log(`plain corpus analysed and ${families.length} fold models trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---- workers -----------------------------------------------------------------------------------------------------

const external = new Map<ExternalTool, ToolWorker>();
for (const tool of externalTools) {
  const worker = new ToolWorker(tool, toolTimeoutMs);
  const unavailable = await worker.start();
  if (unavailable) console.log(`  ${tool} cannot run here: ${unavailable}`);
  else external.set(tool, worker);
}
/** Children per pool: one per core, up to a point (each skimguard child holds its own sandbox and a few hundred MB). */
const cores = Math.max(1, Math.min(8, availableParallelism()));
const obfuscators = Array.from({ length: cores }, () => new ToolWorker('obfuscate', OBFUSCATE_TIMEOUT_MS));
const skimguards = skimguard ? Array.from({ length: cores }, () => new ToolWorker('skimguard', SKIMGUARD_TIMEOUT_MS)) : [];
if (skimguards[0]) {
  const unavailable = await skimguards[0].start();
  if (unavailable) throw new Error(`skimguard cannot run: ${unavailable}`);
}
const running = [...(skimguards[0] ? [skimguards[0]] : []), ...external.values()];
if (running.length > 0) console.log(`  running: ${running.map((worker) => worker.detail).join('; ')}`);
/**
 * webcrack and restringer files not yet done. They run in the background through the whole evaluation (restringer
 * alone takes about as long as everything else); while they do, the pools leave a core to them, so that the machine
 * is not oversubscribed and every tool's time limit measures the tool rather than the crowding.
 */
let externalRemaining = 0;
const allowed = (rank: number): boolean => rank < (externalRemaining > 0 ? cores - 1 : cores);

// ---- per preset --------------------------------------------------------------------------------------------------

interface PresetReport {
  preset: Preset;
  obfuscated: number;
  none: Summary;
  skimguard: Summary | null;
  compared: Map<Tool | 'none', Summary>;
  recallPlain: number;
  recallObfuscated: number;
  fpPlain: number;
  fpObfuscated: number;
}

interface SkimguardRun {
  outcomes: FileOutcome[];
  statuses: Map<string, number>;
  recognized: Map<string, number>;
  inspectMs: number[];
  scores: Map<string, number>;
  inspectFailures: { id: string; reason: string }[];
  marked: number;
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/**
 * Obfuscates, starts webcrack/restringer on the compared files in the background, runs skimguard; returns the
 * background work and a function that prints the preset's figures once that work is done.
 */
async function evaluatePreset(preset: Preset): Promise<{ comparing: Promise<unknown>; print: () => PresetReport }> {
  const obfuscation = await obfuscateAll(preset, chosen, obfuscators, versions.obfuscator, allowed);
  const ok = chosen.filter((sample) => obfuscation.results.get(sample.id)?.ok);
  const failed = chosen.filter((sample) => !obfuscation.results.get(sample.id)?.ok);
  const codeOf = (sample: Sample): string => (obfuscation.results.get(sample.id) as { code: string }).code;

  // The obfuscated file itself, as the baseline, and as what a tool that failed leaves an analyst with.
  const inputOutcome = new Map<string, FileOutcome>();
  for (const sample of ok) {
    const expected = stringsOf.get(sample.id) as Expected[];
    const index = indexOutput(codeOf(sample));
    inputOutcome.set(sample.id, { id: sample.id, malicious: sample.malicious, total: expected.length, found: recovered(expected, index), unparsed: !index.parsed, ms: 0 });
  }
  const outcome = (sample: Sample, output: string | null, msTaken: number, failure?: string): FileOutcome => {
    if (output === null) return { ...(inputOutcome.get(sample.id) as FileOutcome), ms: msTaken, ...(failure ? { failure } : {}) };
    const expected = stringsOf.get(sample.id) as Expected[];
    const index = indexOutput(output);
    return { id: sample.id, malicious: sample.malicious, total: expected.length, found: recovered(expected, index), unparsed: !index.parsed, ms: msTaken, ...(failure ? { failure } : {}) };
  };
  const outcomes = new Map<Tool | 'none', FileOutcome[]>();
  outcomes.set('none', ok.map((sample) => inputOutcome.get(sample.id) as FileOutcome));

  const compared = ok.filter((sample) => compareIds.has(sample.id));
  externalRemaining += compared.length * external.size;
  const comparing = Promise.all(
    [...external.entries()].map(async ([tool, worker]) => {
      const started = performance.now();
      const list: FileOutcome[] = [];
      let cached = 0;
      for (const sample of compared) {
        const output = await runExternal(worker, versions[tool], codeOf(sample));
        externalRemaining--;
        if (output.cached) cached++;
        list.push(outcome(sample, output.code, output.ms, output.failure));
      }
      outcomes.set(tool, list);
      log(`  [${preset.name}] ${tool}: ${list.length} files in ${((performance.now() - started) / 1000).toFixed(0)} s (${cached} from cache)`);
    }),
  );

  let skim: SkimguardRun | null = null;
  if (skimguard) {
    const started = performance.now();
    const run: SkimguardRun = { outcomes: [], statuses: new Map(), recognized: new Map(), inspectMs: [], scores: new Map(), inspectFailures: [], marked: 0 };
    const results = await runAll(skimguards, ok, (worker, sample) => worker.run({ code: codeOf(sample), check: { expected: stringsOf.get(sample.id) as Expected[], model: modelOf.get(sample.id) as Model } }), { allowed });
    ok.forEach((sample, i) => {
      const result = results[i] as Awaited<ReturnType<ToolWorker['run']>>;
      if (!result.ok || !result.check) {
        // The child timed out or crashed: no output (the input stands in) and no score (counted as not flagged).
        const reason = result.ok ? 'no result' : result.error;
        run.outcomes.push(outcome(sample, null, result.ms, reason));
        bump(run.statuses, 'failed');
        run.inspectFailures.push({ id: sample.id, reason });
        return;
      }
      const file = result.check;
      run.outcomes.push({ ...(inputOutcome.get(sample.id) as FileOutcome), found: file.found, unparsed: file.unparsed, ms: file.deobfuscateMs, ...(file.failure ? { failure: file.failure } : {}) });
      bump(run.statuses, file.status);
      for (const name of file.recognized) bump(run.recognized, name);
      run.inspectMs.push(file.inspectMs);
      if (file.deobfuscatedBeforeAnalysis) run.marked++;
      if (file.score !== null) run.scores.set(sample.id, file.score);
      else run.inspectFailures.push({ id: sample.id, reason: file.inspectError ?? 'no score' });
    });
    skim = run;
    outcomes.set('skimguard', run.outcomes);
    log(`  [${preset.name}] skimguard: ${ok.length} files deobfuscated and inspected in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  const print = (): PresetReport => {
    const okMalicious = ok.filter((sample) => sample.malicious);
    const okBenign = ok.filter((sample) => !sample.malicious);
    const sizeRatio = ok.reduce((n, s) => n + codeOf(s).length, 0) / Math.max(1, ok.reduce((n, s) => n + s.source.length, 0));
    console.log(`\n── ${preset.name} ── ${describePreset(preset)}`);
    console.log(`  obfuscated: ${okMalicious.length} malicious + ${okBenign.length} benign (${sizeRatio.toFixed(1)}x the plain size; ${obfuscation.fromCache} from cache, ${obfuscation.seconds.toFixed(0)} s); failed: ${failed.length}`);
    for (const sample of failed) console.log(`    not obfuscated: ${sample.id}: ${(obfuscation.results.get(sample.id) as { error: string }).error.split('\n')[0]?.slice(0, 160)}`);

    const header = ['', 'files', 'malicious', 'benign', 'all', 'unparsed', 'failed', 'mean', 'p95'];
    const row = (label: string, summary: Summary, timed: boolean): string[] => [
      label, String(summary.files), share(summary.malicious), share(summary.benign), share(summary.all), String(summary.unparsed), String(summary.failed),
      timed ? ms(summary.meanMs) : '', timed ? ms(summary.p95Ms) : '',
    ];
    const none = summarize(outcomes.get('none') as FileOutcome[]);
    const skimSummary = skim ? summarize(skim.outcomes) : null;
    const rows: string[][] = [header, row('obfuscated input', none, false)];
    if (skimSummary) rows.push(row('skimguard', skimSummary, true));
    const comparedSummaries = new Map<Tool | 'none', Summary>();
    if (external.size > 0) {
      rows.push([`same ${compared.length} files as webcrack/restringer:`]);
      for (const tool of ['none', 'skimguard', ...external.keys()] as const) {
        const list = outcomes.get(tool);
        if (!list) continue;
        const summary = summarize(list.filter((o) => compareIds.has(o.id)));
        comparedSummaries.set(tool, summary);
        rows.push(row(`  ${tool === 'none' ? 'obfuscated input' : tool}`, summary, tool !== 'none'));
      }
    }
    console.log("  string recovery (share of the plain sample's string values found in the output, less those decoded away already on the plain sample) and time per file:");
    console.log(table(rows, '    '));
    for (const tool of external.keys()) {
      const list = (outcomes.get(tool) as FileOutcome[]).filter((o) => o.failure);
      if (list.length > 0) console.log(`    ${tool} failed on ${list.length}: ${reasons(list)}`);
    }

    const report: PresetReport = { preset, obfuscated: ok.length, none, skimguard: skimSummary, compared: comparedSummaries, recallPlain: NaN, recallObfuscated: NaN, fpPlain: NaN, fpObfuscated: NaN };
    if (!skim || !skimSummary) return report;
    if (skimSummary.failed > 0) console.log(`    skimguard failed on ${skimSummary.failed}: ${reasons(skim.outcomes)}`);
    const counts = (map: Map<string, number>): string => [...map.entries()].map(([name, n]) => `${name} ${n}`).join(', ') || 'nothing';
    console.log(`  skimguard deobfuscate statuses: ${counts(skim.statuses)}; recognized: ${counts(skim.recognized)}`);
    const scores = skim.scores;
    const caught = (from: Map<string, number>, list: readonly Sample[]): number => list.filter((sample) => (from.get(sample.id) ?? Infinity) < THRESHOLD).length;
    report.recallPlain = ratio(caught(plainScore, okMalicious), okMalicious.length);
    report.recallObfuscated = ratio(caught(scores, okMalicious), okMalicious.length);
    report.fpPlain = ratio(caught(plainScore, okBenign), okBenign.length);
    report.fpObfuscated = ratio(caught(scores, okBenign), okBenign.length);
    console.log(`  detection, scored by models that never saw the family (threshold ${THRESHOLD}); ${skim.marked}/${ok.length} files showed marks of obfuscation and were deobfuscated before analysis:`);
    console.log(`    recall:              plain ${pct(report.recallPlain)} → obfuscated ${pct(report.recallObfuscated)} (${caught(scores, okMalicious)}/${okMalicious.length})`);
    console.log(`    false-positive rate: plain ${pct(report.fpPlain)} → obfuscated ${pct(report.fpObfuscated)} (${caught(scores, okBenign)}/${okBenign.length})`);
    const deobfuscateMs = (malicious: boolean): number[] => skim.outcomes.filter((o) => o.malicious === malicious).map((o) => o.ms);
    console.log(`    full inspection time per file: mean ${ms(mean(skim.inspectMs))}, p95 ${ms(percentile(skim.inspectMs, 95))}; deobfuscation alone: malicious mean ${ms(mean(deobfuscateMs(true)))}, benign mean ${ms(mean(deobfuscateMs(false)))}`);
    const unanalysed = new Map<string, string[]>();
    for (const { id, reason } of skim.inspectFailures) unanalysed.set(reason, [...(unanalysed.get(reason) ?? []), id]);
    for (const [reason, ids] of unanalysed) console.log(`    not analysed, counted as not flagged (${ids.length}, "${reason}"): ${ids.join(', ')}`);

    const worst = skim.outcomes.filter((o) => o.total > 0).sort((a, b) => a.found / a.total - b.found / b.total || b.total - a.total).slice(0, 3);
    console.log('  lowest skimguard string recovery:');
    for (const o of worst) console.log(`    ${pct(o.found / o.total).padStart(7)} (${o.found}/${o.total})  ${o.id}${o.unparsed ? '  [output did not parse]' : ''}${o.failure ? `  [${o.failure}]` : ''}`);
    const missed = okMalicious.filter((sample) => (scores.get(sample.id) ?? Infinity) >= THRESHOLD);
    const alsoPlain = (sample: Sample): boolean => (plainScore.get(sample.id) ?? Infinity) >= THRESHOLD;
    console.log(`  missed malicious (${missed.length}; * = missed in plain form too): ${missed.map((sample) => `${sample.id}${alsoPlain(sample) ? '*' : ''}`).join(', ') || 'none'}`);
    const flagged = okBenign.filter((sample) => (scores.get(sample.id) ?? Infinity) < THRESHOLD);
    if (flagged.length > 0) console.log(`  benign flagged when obfuscated: ${flagged.map((sample) => sample.id).join(', ')}`);
    return report;
  };
  return { comparing, print };
}

// Presets are printed in order, each once its background comparison is done.
const reports: PresetReport[] = [];
const pending: { done: boolean; comparing: Promise<unknown>; print: () => PresetReport }[] = [];
const flush = (): void => {
  while (pending[0]?.done) reports.push((pending.shift() as (typeof pending)[number]).print());
};
for (const preset of presets) {
  const evaluation = await evaluatePreset(preset);
  const entry = { ...evaluation, done: false };
  void evaluation.comparing.then(() => (entry.done = true));
  pending.push(entry);
  await new Promise<void>((resolve) => setImmediate(resolve));
  flush();
}
for (const entry of pending) await entry.comparing;
await new Promise<void>((resolve) => setImmediate(resolve));
flush();
for (const worker of [...obfuscators, ...skimguards, ...external.values()]) worker.close();

// ---- summary -----------------------------------------------------------------------------------------------------

const allRecovery = (summary: Summary | null | undefined): number => (summary ? ratio(summary.all.found, summary.all.total) : NaN);
console.log('\nsummary (string recovery over malicious and benign strings together; recall and FP plain → obfuscated)');
const summaryRows: string[][] = [['preset', 'files', 'obfuscated input', 'skimguard', ...(external.size > 0 ? ['| same files: skimguard', ...external.keys()] : []), 'recall', 'FP']];
for (const report of reports) {
  summaryRows.push([
    report.preset.name, String(report.obfuscated), pct(allRecovery(report.none)), pct(allRecovery(report.skimguard)),
    ...(external.size > 0 ? [pct(allRecovery(report.compared.get('skimguard'))), ...[...external.keys()].map((tool) => pct(allRecovery(report.compared.get(tool))))] : []),
    skimguard ? `${pct(report.recallPlain)} → ${pct(report.recallObfuscated)}` : '', skimguard ? `${pct(report.fpPlain)} → ${pct(report.fpObfuscated)}` : '',
  ]);
}
console.log(table(summaryRows));

if (skimguard) {
  const obfuscatorReports = reports.filter((report) => report.preset.kind === 'javascript-obfuscator');
  const verdict = (failing: string[]): string => (failing.length === 0 ? 'met' : `NOT met: ${failing.join(', ')}`);
  console.log('\ngoals');
  console.log(`  string recovery >= ${pct(GOALS.recovery)} on every javascript-obfuscator preset: ${verdict(obfuscatorReports.filter((r) => !(allRecovery(r.skimguard) >= GOALS.recovery)).map((r) => `${r.preset.name} ${pct(allRecovery(r.skimguard))}`))}`);
  for (const tool of external.keys()) {
    const behind = obfuscatorReports.filter((r) => allRecovery(r.compared.get('skimguard')) < allRecovery(r.compared.get(tool)));
    console.log(`  not below ${tool} on the same files: ${verdict(behind.map((r) => `${r.preset.name} ${pct(allRecovery(r.compared.get('skimguard')))} < ${pct(allRecovery(r.compared.get(tool)))}`))}`);
  }
  const dropped = reports.filter((r) => !(100 * (r.recallPlain - r.recallObfuscated) <= GOALS.recallDropPoints));
  console.log(`  obfuscated recall within ${GOALS.recallDropPoints} points of plain recall: ${verdict(dropped.map((r) => `${r.preset.name} ${pct(r.recallPlain)} → ${pct(r.recallObfuscated)}`))}`);
  const noisy = reports.filter((r) => !(r.fpObfuscated <= GOALS.falsePositiveRate));
  console.log(`  false-positive rate on obfuscated benign <= ${pct(GOALS.falsePositiveRate)}: ${verdict(noisy.map((r) => `${r.preset.name} ${pct(r.fpObfuscated)}`))}`);
}
console.log(`\nwall time ${((performance.now() - wallStarted) / 60_000).toFixed(1)} min`);
