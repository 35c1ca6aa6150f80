/**
 * Scoring a host as machine-generated: logistic regression over the label features (features.ts), standardized with
 * the training set's means and spreads. The weights, the benign n-gram table and the decision threshold are data
 * (data/dga-model.json, written by scripts/train-dga.ts). The threshold is chosen in training so that the 95 % upper
 * bound on the share of benign names the model did not see that it marks is within `targetFalsePositiveRate`;
 * `isDga` is the only place that should turn the probability into the `DGA domain` category. Pure.
 */
import { DGA_FEATURE_NAMES, labelFeatures, registrableLabel, type DgaFeatureVector, type NgramCounts } from './features.ts';

export const DGA_MODEL_VERSION = 1;

export interface DgaModel {
  version: number;
  features: readonly string[];
  /** Per-feature mean and spread of the training set: a feature enters the sum as (x - center) / scale. */
  center: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Probability at or above which a label is marked `DGA domain`. */
  threshold: number;
  /**
   * The false-positive rate the threshold was chosen for, as a 95 % upper bound on benign names held out of each
   * training fold.
   */
  targetFalsePositiveRate: number;
  trainedOn: { benign: number; families: Record<string, number> };
  ngrams: NgramCounts;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Probability from a feature vector, for callers (training, evaluation) that computed the features themselves. */
export function probabilityOf(features: DgaFeatureVector, model: DgaModel): number {
  let sum = model.bias;
  for (let i = 0; i < features.length; i++) {
    sum += (model.weights[i] as number) * (((features[i] as number) - (model.center[i] as number)) / (model.scale[i] as number));
  }
  return sigmoid(sum);
}

/** Probability that a bare label (no suffix) was generated. */
export function labelProbability(label: string, model: DgaModel): number {
  return probabilityOf(labelFeatures(label, model.ngrams), model);
}

/** Probability that the host's registrable label was generated, or null when there is no label to judge. */
export function dgaProbability(host: string, model: DgaModel): number | null {
  const label = registrableLabel(host);
  return label === null ? null : labelProbability(label, model);
}

export function isDga(host: string, model: DgaModel): boolean {
  const probability = dgaProbability(host, model);
  return probability !== null && probability >= model.threshold;
}

const isNumberArray = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'number' && Number.isFinite(item));

const isCountTable = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((count) => Number.isInteger(count) && (count as number) >= 0);

/** The parsed model file, checked against this version's feature set; throws with the fix when it does not match. */
export function assertDgaModel(value: unknown): DgaModel {
  const model = value as Partial<DgaModel> | null;
  const dimension = DGA_FEATURE_NAMES.length;
  const ngrams = model?.ngrams as Partial<NgramCounts> | undefined;
  if (!model || model.version !== DGA_MODEL_VERSION || JSON.stringify(model.features) !== JSON.stringify(DGA_FEATURE_NAMES) ||
      !isNumberArray(model.center, dimension) || !isNumberArray(model.scale, dimension) || model.scale.some((spread) => spread <= 0) ||
      !isNumberArray(model.weights, dimension) || typeof model.bias !== 'number' ||
      typeof model.threshold !== 'number' || !(model.threshold > 0 && model.threshold <= 1) ||
      !ngrams || typeof ngrams.labels !== 'number' || !isCountTable(ngrams.contexts) || !isCountTable(ngrams.bigrams) || !isCountTable(ngrams.trigrams)) {
    throw new Error('DGA model file does not match this version; run `node scripts/train-dga.ts`');
  }
  return model as DgaModel;
}
