/**
 * `npm run eval`: leave-families-out evaluation. Each fold holds out one malicious family and a share of the benign
 * packages, trains on the rest, and scores only the held-out samples, so every figure below comes from samples
 * whose family (or package) the model never saw. Then the blind holdout (test/corpus/holdout/, see corpus.ts) is
 * scored with a model trained on the whole corpus, as shipped; only its counts are printed, not its evidence, so
 * that reading the report does not turn it into tuning material.
 */
import { loadBenign, loadHoldout, loadMalicious, type Sample } from './corpus.ts';
import { examplesFor, inspectAll, train } from './learn.ts';
import { scoreInspection, type AnalysisResult, type Inspection } from '../src/analyze/pipeline.ts';

const THRESHOLD = 50;

const malicious = loadMalicious();
const benign = loadBenign();
const all = [...malicious, ...benign];
const started = performance.now();
const inspections = inspectAll(all);
const inspectSeconds = (performance.now() - started) / 1000;

const families = [...new Set(malicious.map((sample) => sample.group))].sort();
const packages = [...new Set(benign.map((sample) => sample.group))].sort();
const benignFold = new Map(packages.map((name, index) => [name, index % families.length]));

const results = new Map<string, AnalysisResult>();
families.forEach((family, fold) => {
  const isHeldOut = (sample: Sample): boolean => (sample.malicious ? sample.group === family : benignFold.get(sample.group) === fold);
  const model = train(examplesFor(all.filter((sample) => !isHeldOut(sample)), inspections));
  for (const sample of all.filter(isHeldOut)) results.set(sample.id, scoreInspection(inspections.get(sample.id) as Inspection, model));
});

const scoreOf = (sample: Sample): number => (results.get(sample.id) as AnalysisResult).score;
const detected = malicious.filter((sample) => scoreOf(sample) < THRESHOLD);
const falsePositives = benign.filter((sample) => scoreOf(sample) < THRESHOLD);

// ROC AUC: probability that a random malicious sample scores lower (more malicious) than a random benign one.
let wins = 0;
for (const bad of malicious) for (const good of benign) wins += scoreOf(bad) < scoreOf(good) ? 1 : scoreOf(bad) === scoreOf(good) ? 0.5 : 0;
const auc = wins / (malicious.length * benign.length);

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
console.log(`skimguard leave-families-out evaluation (threshold ${THRESHOLD})`);
console.log(`  corpus: ${malicious.length} malicious samples in ${families.length} families, ${benign.length} benign files from ${packages.length} npm packages`);
console.log(`  recall:               ${detected.length}/${malicious.length} = ${percent(detected.length, malicious.length)}`);
console.log(`  false-positive rate:  ${falsePositives.length}/${benign.length} = ${percent(falsePositives.length, benign.length)}`);
console.log(`  ROC AUC:              ${auc.toFixed(4)}`);
console.log(`  analysis time:        ${inspectSeconds.toFixed(1)} s for all samples`);
console.log('\nper family (held out in its own fold):');
console.log(`  ${'family'.padEnd(26)} ${'class'.padEnd(13)} ${'recall'.padEnd(9)} median score`);
for (const family of families) {
  const members = malicious.filter((sample) => sample.group === family);
  const scores = members.map(scoreOf).sort((a, b) => a - b);
  const hit = members.filter((sample) => scoreOf(sample) < THRESHOLD).length;
  console.log(`  ${family.padEnd(26)} ${String(members[0]?.scoreClass).padEnd(13)} ${`${hit}/${members.length}`.padEnd(9)} ${scores[Math.floor(scores.length / 2)]}`);
}

const show = (title: string, list: Sample[]): void => {
  console.log(`\n${title}`);
  if (list.length === 0) console.log('  (none)');
  for (const sample of list) {
    const result = results.get(sample.id) as AnalysisResult;
    console.log(`  ${String(result.score).padStart(2)}  ${sample.id}  ${JSON.stringify(result.scores)}`);
    for (const item of result.evidence.slice(0, 4)) console.log(`        ${item.severity.padEnd(6)} line ${item.line}: ${item.message.slice(0, 140)}`);
  }
};
show('worst false negatives (malicious scored most benign):', [...malicious].sort((a, b) => scoreOf(b) - scoreOf(a)).slice(0, 8).filter((s) => scoreOf(s) >= THRESHOLD || true));
show('worst false positives (benign scored most malicious):', [...benign].sort((a, b) => scoreOf(a) - scoreOf(b)).slice(0, 8));

const holdout = loadHoldout();
if (holdout.length > 0) {
  const shipped = train(examplesFor(all, inspections));
  const holdoutInspections = inspectAll(holdout);
  const holdoutScores = new Map(holdout.map((sample) => [sample.id, scoreInspection(holdoutInspections.get(sample.id) as Inspection, shipped).score]));
  const holdoutFamilies = [...new Set(holdout.map((sample) => sample.group))].sort();
  const caught = holdout.filter((sample) => (holdoutScores.get(sample.id) as number) < THRESHOLD).length;
  console.log(`\nblind holdout (families never used to build or tune the analyser): recall ${caught}/${holdout.length} = ${percent(caught, holdout.length)}`);
  for (const family of holdoutFamilies) {
    const members = holdout.filter((sample) => sample.group === family);
    const hit = members.filter((sample) => (holdoutScores.get(sample.id) as number) < THRESHOLD).length;
    console.log(`  ${family.padEnd(26)} ${String(members[0]?.scoreClass).padEnd(13)} ${hit}/${members.length}`);
  }
}
