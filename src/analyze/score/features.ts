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
  /** Offset of each finding in the source, parallel to `findings`. */
  offsets: readonly number[];
  strict: boolean;
  decodedLayers: number;
}

const cap = (value: number, limit: number): number => Math.min(value, limit) / limit;

/**
 * Weak hints add up only when they sit together. Sites concatenate many libraries into one file (Magento's merged
 * JavaScript, WordPress optimisers): one library's sensitive field name, another's hidden iframe and a third's
 * `document.write` are not one skimmer, while a skimmer's own hints are a few kilobytes apart.
 */
export const LOW_FINDINGS_SPAN = 16 * 1024;

/** The largest number of distinct detectors among low findings inside any window of LOW_FINDINGS_SPAN characters. */
function clusteredLowDetectors(lows: readonly { detector: string; offset: number }[]): number {
  const sorted = [...lows].sort((a, b) => a.offset - b.offset);
  const inWindow = new Map<string, number>();
  let best = 0;
  let first = 0;
  for (const { detector, offset } of sorted) {
    inWindow.set(detector, (inWindow.get(detector) ?? 0) + 1);
    while ((sorted[first] as { offset: number }).offset < offset - LOW_FINDINGS_SPAN) {
      const leaving = (sorted[first] as { detector: string }).detector;
      const left = (inWindow.get(leaving) ?? 1) - 1;
      if (left === 0) inWindow.delete(leaving);
      else inWindow.set(leaving, left);
      first++;
    }
    best = Math.max(best, inWindow.size);
  }
  return best;
}

export function featuresFor(scoreClass: ScoreClass, input: FeatureInput): FeatureVector {
  const ownIndexes = input.findings.flatMap((finding, index) => (finding.classes.includes(scoreClass) ? [index] : []));
  const own = ownIndexes.map((index) => input.findings[index] as Finding);
  const lows = ownIndexes
    .filter((index) => input.findings[index]?.severity === 'low')
    .map((index) => ({ detector: (input.findings[index] as Finding).detector, offset: input.offsets[index] ?? 0 }));
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
    cap(clusteredLowDetectors(lows), 4),
    cap(new Set(strong.map((finding) => finding.detector)).size, 6),
    sensitive ? 1 : 0,
    flows.some((flow) => flow?.sink.host) ? 1 : 0,
    flows.some((flow) => flow?.encoded) ? 1 : 0,
    evasion ? 1 : 0,
    input.strict ? 0 : 1,
    cap(input.decodedLayers, 3),
  ];
}
