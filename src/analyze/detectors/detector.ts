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

/**
 * Visitors by node type, run over every indexed node of that type. A key `Type:name` (see `visitNamed`) runs only
 * for nodes dispatched under that name, which keeps a detector that cares about three methods off the other
 * hundred thousand calls of a bundle.
 */
export type DetectorVisitors = Partial<Record<string, (node: Node) => void>> & { finish?: () => void };

/**
 * Node types that can be visited by name, and the name each is dispatched under (ProgramFacts.byName files them
 * during the walk): the last name of a call's or `new`'s callee (`a.b.remove(…)` and `remove(…)` are both
 * "remove"), of an assignment's target, a member's property, a binary expression's operator (`BinaryExpression:===`),
 * an object property's key.
 */
export const NAMED_VISIT_TYPES: ReadonlySet<string> = new Set(['CallExpression', 'NewExpression', 'AssignmentExpression', 'MemberExpression', 'BinaryExpression', 'Property']);

/** Visitors for `type` nodes dispatched under any of `names`, to spread into a detector's visitor object. */
export function visitNamed(type: string, names: Iterable<string>, visit: (node: Node) => void): DetectorVisitors {
  const visitors: DetectorVisitors = {};
  for (const name of names) visitors[`${type}:${name}`] = visit;
  return visitors;
}

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
