/**
 * `node scripts/eval-dga.ts`: leave-one-family-out evaluation of the DGA signal.
 *
 * For each family, a model is trained exactly as scripts/train-dga.ts trains the shipped one (threshold included)
 * but without that family, and the family's names from dates never used in training are scored at that model's
 * threshold: the detection rate of a family the model has never seen. Every fold model is also run on the held-out
 * benign names (30 % of the benign domains, by hash, never in any training set), and so is the model trained on
 * all families, whose false positives are listed. Rates come with a 95 % upper bound, because a few hundred benign
 * names can show that a false-positive rate is low but not that it is below 0.1 %. To use every benign name once,
 * the false-positive rate is also cross-validated over all of them (five folds by hash, each scored by a model,
 * threshold included, trained on the other four).
 */
import { DGA_FAMILIES } from '../src/intel/dga/families/index.ts';
import { fnv1a } from '../src/intel/dga/families/family.ts';
import { labelFeatures } from '../src/intel/dga/features.ts';
import { probabilityOf, type DgaModel } from '../src/intel/dga/model.ts';
import { buildDataset, collectBenignDomains, DGA_TRAINING, NODE_MODULES, trainDgaModel, type LabelledDomain } from './train-dga.ts';

/** Upper end of the exact (Clopper-Pearson) 95 % two-sided interval for `hits` successes in `trials`. */
function upperBound95(hits: number, trials: number): number {
  if (hits >= trials) return 1;
  // P(X <= hits | p) for a binomial, summed in log space to stay finite for large trials.
  const cdf = (p: number): number => {
    let sum = 0;
    let logTerm = trials * Math.log1p(-p);
    for (let k = 0; k <= hits; k++) {
      sum += Math.exp(logTerm);
      logTerm += Math.log((trials - k) / (k + 1)) + Math.log(p) - Math.log1p(-p);
    }
    return sum;
  };
  let low = hits / trials;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const middle = (low + high) / 2;
    if (cdf(middle) > 0.025) low = middle;
    else high = middle;
  }
  return high;
}

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
const score = (label: string, model: DgaModel): number => probabilityOf(labelFeatures(label, model.ngrams), model);
const marked = (labels: readonly string[], model: DgaModel): number => labels.filter((label) => score(label, model) >= model.threshold).length;

const started = performance.now();
const benign = collectBenignDomains(NODE_MODULES);
const dataset = buildDataset(benign.domains);
const benignTrain = dataset.benignTrain.map((item) => item.label);
const benignTest = dataset.benignTest;
const testLabels = benignTest.map((item) => item.label);

const full = trainDgaModel({ benign: benignTrain, families: dataset.familyTrain });

console.log('skimguard DGA signal: leave-one-family-out evaluation');
console.log(`  benign: ${benign.domains.length} registrable domains from ${benign.packages} packages in node_modules; ${benignTrain.length} train, ${benignTest.length} held out`);
console.log(`  generated: training dates ${DGA_TRAINING.trainDates.join(', ')}; evaluation dates ${DGA_TRAINING.evalDates.join(', ')}`);
console.log(`  target false-positive rate ${100 * DGA_TRAINING.targetFalsePositiveRate} % (threshold chosen out of fold on benign training names)\n`);

const header = `  ${'family'.padEnd(13)} ${'how names are made'.padEnd(54)} ${'held out: detected'.padEnd(22)} ${'fold FP'.padEnd(9)} ${'trained: detected'}`;
console.log(header);
console.log(`  ${'-'.repeat(header.length - 2)}`);
let heldOutHits = 0;
let heldOutTotal = 0;
for (const family of DGA_FAMILIES) {
  const families = new Map([...dataset.familyTrain].filter(([name]) => name !== family.name));
  const model = trainDgaModel({ benign: benignTrain, families });
  const names = dataset.familyTest.get(family.name) ?? [];
  const hits = marked(names, model);
  heldOutHits += hits;
  heldOutTotal += names.length;
  const trainedHits = marked(names, full);
  console.log(`  ${family.name.padEnd(13)} ${family.scheme.padEnd(54)} ${`${hits}/${names.length} = ${percent(hits, names.length)}`.padEnd(22)} ${String(marked(testLabels, model)).padEnd(9)} ${`${trainedHits}/${names.length} = ${percent(trainedHits, names.length)}`}`);
}
console.log(`  ${'all'.padEnd(13)} ${''.padEnd(54)} ${`${heldOutHits}/${heldOutTotal} = ${percent(heldOutHits, heldOutTotal)}`}`);
console.log('\n  held out: model trained without the family; fold FP: benign held-out names that fold model marks;');
console.log('  trained: the model trained on every family (as shipped), on the same unseen-date names.\n');

const falsePositives: (LabelledDomain & { probability: number })[] = benignTest
  .map((item) => ({ ...item, probability: score(item.label, full) }))
  .sort((a, b) => b.probability - a.probability || (a.domain < b.domain ? -1 : 1));
const flagged = falsePositives.filter((item) => item.probability >= full.threshold);
console.log(`model trained on all families: threshold ${full.threshold}`);
console.log(`  benign false-positive rate on held-out names: ${flagged.length}/${benignTest.length} = ${(100 * flagged.length / benignTest.length).toFixed(2)} % (95 % upper bound ${(100 * upperBound95(flagged.length, benignTest.length)).toFixed(2)} %)`);
console.log('  benign false positives:');
if (flagged.length === 0) console.log('    (none)');
for (const item of flagged) console.log(`    ${item.domain.padEnd(40)} p=${item.probability.toFixed(4)}`);
console.log('  highest-scoring benign names not marked:');
for (const item of falsePositives.filter((candidate) => candidate.probability < full.threshold).slice(0, 8)) console.log(`    ${item.domain.padEnd(40)} p=${item.probability.toFixed(4)}`);

const everyBenign = [...dataset.benignTrain, ...dataset.benignTest];
const FOLDS = 5;
const foldOf = (label: string): number => fnv1a(`dga-eval-fold:${label}`) % FOLDS;
const crossValidated: (LabelledDomain & { probability: number })[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = trainDgaModel({ benign: everyBenign.filter((item) => foldOf(item.label) !== fold).map((item) => item.label), families: dataset.familyTrain });
  for (const item of everyBenign.filter((candidate) => foldOf(candidate.label) === fold)) {
    const probability = score(item.label, model);
    if (probability >= model.threshold) crossValidated.push({ ...item, probability });
  }
}
console.log(`\nbenign false positives cross-validated over all ${everyBenign.length} benign names (${FOLDS} folds): ${crossValidated.length}/${everyBenign.length} = ${(100 * crossValidated.length / everyBenign.length).toFixed(2)} % (95 % upper bound ${(100 * upperBound95(crossValidated.length, everyBenign.length)).toFixed(2)} %)`);
for (const item of crossValidated.sort((a, b) => (a.domain < b.domain ? -1 : 1))) console.log(`    ${item.domain.padEnd(40)} p=${item.probability.toFixed(4)}`);
console.log(`\nevaluation time ${((performance.now() - started) / 1000).toFixed(1)} s`);
