import type { Node } from '../ast.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';
import type { Flow } from '../dataflow/flow.ts';
import type { SourceLabel } from '../dataflow/sources.ts';

export type ScoreClass = 'magecart' | 'cryptomining' | 'malware';
export const SCORE_CLASSES: readonly ScoreClass[] = ['magecart', 'cryptomining', 'malware'];
export type Severity = 'low' | 'medium' | 'high';

export interface Finding {
  detector: string;
  classes: readonly ScoreClass[];
  severity: Severity;
  node: Node;
  message: string;
  /** Set for dataflow findings so evidence can say source, sink and destination. */
  flow?: Flow;
}

export interface DetectorContext {
  readonly source: string;
  readonly facts: ProgramFacts;
  readonly flows: readonly Flow[];
  readonly staged: readonly Flow[];
  readonly sources: readonly SourceLabel[];
  report(finding: { node: Node; message: string; severity?: Severity; flow?: Flow }): void;
}

export interface DetectorMeta {
  id: string;
  /** Which per-class scores this behaviour counts towards. */
  classes: readonly ScoreClass[];
  /** Default severity; a report may raise or lower it. */
  severity: Severity;
  description: string;
}

export type DetectorVisitors = Partial<Record<string, (node: Node) => void>> & { finish?: () => void };

/**
 * Detectors only observe: they read the tree, the binding facts and the flows, and report findings. Rewriting is
 * the transforms' job.
 */
export interface Detector {
  meta: DetectorMeta;
  create(context: DetectorContext): DetectorVisitors;
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}
