/**
 * Logistic regression over the class-agnostic features, and the mapping of its probability to the 1-99
 * JS integrity score (1 = definitely malicious). Training lives in scripts/train.ts; the weights are data.
 */
import { FEATURE_NAMES, type FeatureVector } from './features.ts';

export interface Model {
  version: number;
  features: readonly string[];
  weights: number[];
  bias: number;
  trainedOn: { malicious: number; benign: number };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function probability(model: Model, features: FeatureVector): number {
  let sum = model.bias;
  for (let i = 0; i < features.length; i++) sum += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return sigmoid(sum);
}

/** Probability of malice to the integer score: p=1 gives 1, p=0 gives 99. */
export function toScore(probabilityMalicious: number): number {
  return Math.min(99, Math.max(1, Math.round(99 - 98 * probabilityMalicious)));
}

export function assertModel(value: unknown): Model {
  const model = value as Model;
  if (!model || !Array.isArray(model.weights) || model.weights.length !== FEATURE_NAMES.length ||
      JSON.stringify(model.features) !== JSON.stringify(FEATURE_NAMES)) {
    throw new Error('model file does not match the feature set of this version; run `npm run train`');
  }
  return model;
}
