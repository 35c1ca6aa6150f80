import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';

/** Calls whose callee property (or global name) is `name`. */
export function callsNamed(facts: ProgramFacts, name: string): Node[] {
  return facts.calls.filter((call) => {
    const callee = unwrap(call.callee);
    if (callee.type === 'Identifier') return callee.name === name;
    return callee.type === 'MemberExpression' && propertyName(callee) === name;
  });
}

export function stringValue(node: Node | undefined | null): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((quasi) => String(quasi.value.cooked ?? '')).join('${}');
  return null;
}

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

/**
 * How a function is triggered when it is passed as a callback: `addEventListener("submit", fn)` gives "submit",
 * `setInterval(fn)` gives "setInterval", `$(x).on("click", fn)` gives "click".
 */
export function triggerOf(fn: Node): string | null {
  const call = fn.parent as Node | null;
  if (call?.type === 'AssignmentExpression' && call.right === fn) {
    const target = dottedName(call.left);
    return target ? (target.split('.').pop() ?? '').replace(/^on/, '') || null : null;
  }
  if (!call || (call.type !== 'CallExpression' && call.type !== 'NewExpression')) return null;
  const args = call.arguments as Node[];
  const index = args.indexOf(fn);
  if (index < 0) return null;
  const callee = unwrap(call.callee);
  const name = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' ? propertyName(callee) : null;
  if (!name) return null;
  if (name === 'setInterval' || name === 'setTimeout' || name === 'requestIdleCallback') return name;
  if ((name === 'addEventListener' || name === 'on' || name === 'one' || name === 'bind' || name === 'live' || name === 'delegate') && index >= 1) {
    const type = stringValue(args[0]);
    return type ? type.split(/[\s.]/)[0] ?? null : 'event';
  }
  if (['click', 'submit', 'change', 'blur', 'keyup', 'keydown', 'mouseup', 'mousedown', 'touchend', 'ready', 'load'].includes(name)) return name;
  return null;
}

const LOCATION_READS = /^(?:(?:window|document|self|top)\.)?(?:location(?:\.(?:href|pathname|hash|search))?|URL|documentURI)$/;

export function isLocationRead(node: Node): boolean {
  const name = dottedName(node);
  return !!name && LOCATION_READS.test(name);
}
