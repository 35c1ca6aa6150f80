import { isNumberLiteral, isStringLiteral, makeStringLiteral, type Node } from '../ast.ts';

/**
 * Largest string a fold may produce. Folding `s + s` repeatedly doubles a string, so a hostile script could
 * otherwise turn a few hundred bytes of source into gigabytes of memory.
 */
export const MAX_FOLDED_STRING_LENGTH = 1 << 20;

export type Primitive = string | number | boolean | null;

export function literalValue(node: Node | null | undefined): Primitive | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && node.regex === undefined && node.bigint === undefined) return node.value as Primitive;
  if (node.type === 'UnaryExpression' && node.operator === '-' && isNumberLiteral(node.argument)) {
    return -node.argument.value;
  }
  if (node.type === 'Identifier' && node.name === 'undefined') return undefined;
  return undefined;
}

export function makeLiteral(value: Primitive, from: Node): Node | null {
  if (typeof value === 'string') {
    return value.length > MAX_FOLDED_STRING_LENGTH ? null : makeStringLiteral(value, from);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (value < 0 || Object.is(value, -0)) {
      return {
        type: 'UnaryExpression', operator: '-', prefix: true, start: from.start, end: from.end,
        argument: { type: 'Literal', value: -value, raw: String(-value), start: from.start, end: from.end },
      };
    }
    return { type: 'Literal', value, raw: String(value), start: from.start, end: from.end };
  }
  return { type: 'Literal', value, raw: String(value), start: from.start, end: from.end };
}

/** String arguments of a call when all of them are string literals, else null. */
export function stringArguments(call: Node): string[] | null {
  const values: string[] = [];
  for (const argument of call.arguments as Node[]) {
    if (!isStringLiteral(argument)) return null;
    values.push(argument.value);
  }
  return values;
}

/** Array literal whose elements are all primitive literals. */
export function literalArray(node: Node): Primitive[] | null {
  if (node.type !== 'ArrayExpression') return null;
  const values: Primitive[] = [];
  for (const element of node.elements as (Node | null)[]) {
    const value = literalValue(element);
    if (value === undefined) return null;
    values.push(value);
  }
  return values;
}

export function makeArray(values: Primitive[], from: Node): Node | null {
  const elements: Node[] = [];
  for (const value of values) {
    const literal = makeLiteral(value, from);
    if (!literal) return null;
    elements.push(literal);
  }
  return { type: 'ArrayExpression', elements, start: from.start, end: from.end };
}

/** Name of the global function a call invokes directly or through `window.`/`self.`/`globalThis.`, else null. */
export function globalCallName(call: Node): string | null {
  const callee = call.callee as Node;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    const object = callee.object as Node;
    const global = object.type === 'Identifier' && (object.name === 'window' || object.name === 'self' || object.name === 'globalThis');
    return global ? (callee.property.name as string) : null;
  }
  return null;
}

/** Callee is the global function `name`, called directly or through `window.`/`self.`/`globalThis.`. */
export function isGlobalCall(call: Node, name: string): boolean {
  return globalCallName(call) === name;
}
