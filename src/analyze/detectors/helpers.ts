import { dottedName, type Node } from '../ast.ts';
export { triggerOf } from '../dataflow/triggers.ts';
export { stringValue } from '../dataflow/strings.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';

/** The function nodes enclosing `node`, innermost first. */
export function enclosingFunctions(node: Node, facts: ProgramFacts): Node[] {
  const result: Node[] = [];
  let current: Node | null | undefined = facts.enclosingFunction.get(node);
  if (current === undefined) {
    // not recorded (e.g. statements): climb parents to the first function
    let parent = node.parent as Node | null;
    while (parent && !/Function/.test(parent.type)) parent = parent.parent as Node | null;
    current = parent;
  }
  let guard = 0;
  while (current && guard++ < 64) {
    result.push(current);
    current = facts.enclosingFunction.get(current) ?? null;
  }
  return result;
}

const LOCATION_READS = /^(?:(?:window|document|self|top)\.)?(?:location(?:\.(?:href|pathname|hash|search))?|URL|documentURI)$/;

export function isLocationRead(node: Node): boolean {
  const name = dottedName(node);
  return !!name && LOCATION_READS.test(name);
}
