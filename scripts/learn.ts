/**
 * Deterministic logistic-regression training (full-batch gradient descent, fixed order, no randomness), so that
 * `npm run train` regenerates data/model.json bit for bit. Written by hand: a dependency would be larger than this.
 */
import { SCORE_CLASSES } from '../src/analyze/detectors/detector.ts';
import { classFeatures, inspectSource, type Inspection } from '../src/analyze/pipeline.ts';
import { FEATURE_NAMES, type FeatureVector } from '../src/analyze/score/features.ts';
import { sigmoid, type Model } from '../src/analyze/score/model.ts';
import type { Sample } from './corpus.ts';

export interface Example { x: FeatureVector; y: 0 | 1 }

export const TRAINING = { iterations: 4000, learningRate: 0.5, l2: 0.002, benignCost: 3 } as const;

export function inspectAll(samples: readonly Sample[]): Map<string, Inspection> {
  const inspections = new Map<string, Inspection>();
  for (const sample of samples) inspections.set(sample.id, inspectSource(sample.source));
  return inspections;
}

/** A malicious sample is a positive for its own class; a benign sample is a negative for every class. */
export function examplesFor(samples: readonly Sample[], inspections: Map<string, Inspection>): Example[] {
  const examples: Example[] = [];
  for (const sample of samples) {
    const features = classFeatures(inspections.get(sample.id) as Inspection);
    if (sample.malicious && sample.scoreClass) examples.push({ x: features[sample.scoreClass], y: 1 });
    else for (const scoreClass of SCORE_CLASSES) examples.push({ x: features[scoreClass], y: 0 });
  }
  return examples;
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

export function train(examples: readonly Example[]): Model {
  const dimension = FEATURE_NAMES.length;
  const weights = new Array<number>(dimension).fill(0);
  let bias = 0;
  const positives = examples.filter((example) => example.y === 1).length;
  const negatives = examples.length - positives;
  // Balance the classes, then weigh benign examples BENIGN_COST times more: a false alarm on a site's own
  // libraries costs the owner more than a borderline skimmer scored just above the threshold.
  const weightOf = (y: number): number => (y === 1 ? examples.length / (2 * Math.max(1, positives)) : (TRAINING.benignCost * examples.length) / (2 * Math.max(1, negatives)));
  for (let step = 0; step < TRAINING.iterations; step++) {
    const gradient = new Array<number>(dimension).fill(0);
    let gradientBias = 0;
    for (const example of examples) {
      let sum = bias;
      for (let i = 0; i < dimension; i++) sum += (weights[i] as number) * (example.x[i] as number);
      const error = (sigmoid(sum) - example.y) * weightOf(example.y);
      for (let i = 0; i < dimension; i++) gradient[i] = (gradient[i] as number) + error * (example.x[i] as number);
      gradientBias += error;
    }
    for (let i = 0; i < dimension; i++) {
      weights[i] = (weights[i] as number) - TRAINING.learningRate * ((gradient[i] as number) / examples.length + TRAINING.l2 * (weights[i] as number));
    }
    bias -= TRAINING.learningRate * (gradientBias / examples.length);
  }
  return {
    version: 1,
    features: [...FEATURE_NAMES],
    weights: weights.map(round),
    bias: round(bias),
    trainedOn: { malicious: positives, benign: negatives / SCORE_CLASSES.length },
  };
}
