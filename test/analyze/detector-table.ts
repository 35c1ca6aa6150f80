/**
 * Table tests for one detector: each row is a case, its code, and the severity the detector must report (null: it
 * must stay quiet). Malicious rows and their benign counterparts sit in the same table.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectSource } from '../../src/analyze/pipeline.ts';

export type DetectorCase = [what: string, code: string, expected: string | null];

/** Severity of the detector's finding on `code`, or null when it stays quiet. */
export function severityOf(detectorId: string, code: string): string | null {
  return inspectSource(code).findings.find((finding) => finding.detector === detectorId)?.severity ?? null;
}

export function detectorTable(detectorId: string, table: readonly DetectorCase[]): void {
  describe(detectorId, () => {
    for (const [what, code, expected] of table) {
      test(`${what}: ${expected ?? 'no finding'}`, () => assert.equal(severityOf(detectorId, code), expected));
    }
  });
}
