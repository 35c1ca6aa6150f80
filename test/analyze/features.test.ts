import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_NAMES, featuresFor, LOW_FINDINGS_SPAN } from '../../src/analyze/score/features.ts';
import type { Finding } from '../../src/analyze/detectors/detector.ts';

const low = (detector: string): Finding => ({
  detector, classes: ['magecart', 'malware'], severity: 'low', node: { type: 'Identifier', start: 0, end: 0 }, message: detector,
});
const lowFindings = (offsets: number[]): number => {
  const findings = offsets.map((_, index) => low(`detector-${index}`));
  const vector = featuresFor('magecart', { findings, offsets, strict: true, decodedLayers: 0 });
  return vector[FEATURE_NAMES.indexOf('low_findings')] as number;
};

test('weak hints count together only when they sit within one window of the source', () => {
  const together = lowFindings([100, 900, 4000, 9000]);
  const spread = lowFindings([0, 2 * LOW_FINDINGS_SPAN, 4 * LOW_FINDINGS_SPAN, 6 * LOW_FINDINGS_SPAN]);
  assert.equal(together, 1, 'four distinct detectors within a few kilobytes saturate the feature');
  assert.equal(spread, 0.25, 'four libraries each with one hint count as one');
  // A chain of hints each a little less than the span apart does not link the whole file.
  assert.equal(lowFindings([0, 0.9 * LOW_FINDINGS_SPAN, 1.8 * LOW_FINDINGS_SPAN, 2.7 * LOW_FINDINGS_SPAN]), 0.5);
});
