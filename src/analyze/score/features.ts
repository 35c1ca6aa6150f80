/**
 * Class-agnostic features: each class (magecart, cryptomining, malware) gets the same vector built from its own
 * findings. One model weighs them for every class, so a family never seen in training is still scored from the
 * generic strength of the evidence (how many high-severity behaviours, whether data provably leaves the page…)
 * rather than from family-specific quirks.
 */
import type { Finding, ScoreClass } from '../detectors/detector.ts';

export const FEATURE_NAMES = [
  'any_high',
  'high_findings',
  'any_medium',
  'medium_findings',
  'low_findings',
  'distinct_strong_detectors',
  'flow_sensitive',
  'flow_external_host',
  'flow_encoded',
  'evasion',
  'not_strict',
  'decoded_layers',
] as const;

export type FeatureVector = number[];

export interface FeatureInput {
  findings: readonly Finding[];
  strict: boolean;
  decodedLayers: number;
}

const cap = (value: number, limit: number): number => Math.min(value, limit) / limit;

export function featuresFor(scoreClass: ScoreClass, input: FeatureInput): FeatureVector {
  const own = input.findings.filter((finding) => finding.classes.includes(scoreClass));
  const count = (severity: Finding['severity']): number => new Set(own.filter((f) => f.severity === severity).map((f) => f.detector)).size;
  // Low-severity findings count only in low_findings: a weak hint must not switch on a strong feature.
  const strong = own.filter((finding) => finding.severity !== 'low');
  const flows = strong.filter((finding) => finding.flow && !finding.flow.sink.staging).map((finding) => finding.flow);
  const sensitive = flows.some((flow) => flow?.source.sensitive !== null && flow?.source.sensitive !== 'billing' && flow?.source.sensitive !== 'email');
  const evasion = strong.some((finding) => finding.detector === 'anti-analysis' || finding.detector === 'self-removal');
  const high = count('high');
  const medium = count('medium');
  return [
    high > 0 ? 1 : 0,
    cap(high, 3),
    medium > 0 ? 1 : 0,
    cap(medium, 4),
    cap(count('low'), 4),
    cap(new Set(strong.map((finding) => finding.detector)).size, 6),
    sensitive ? 1 : 0,
    flows.some((flow) => flow?.sink.host) ? 1 : 0,
    flows.some((flow) => flow?.encoded) ? 1 : 0,
    evasion ? 1 : 0,
    input.strict ? 0 : 1,
    cap(input.decodedLayers, 3),
  ];
}
