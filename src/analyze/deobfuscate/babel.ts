/** Small helpers over the Babel tree shared by the deobfuscation steps. */
import * as t from '@babel/types';
import type { NodePath } from '@babel/traverse';

export type Primitive = string | number | boolean | null | undefined;

/**
 * Replaces `path`'s node, keeping the replaced node's position on the new one so that the location map can send
 * evidence in decoded code back to the input line it came from.
 */
export function replaceKeepingLocation(path: NodePath, node: t.Node): void {
  inheritLocation(node, path.node);
  path.replaceWith(node);
}

export function inheritLocation(node: t.Node, from: t.Node): void {
  if (!node.loc && from.loc) {
    node.loc = from.loc;
    node.start = from.start;
    node.end = from.end;
  }
}

/** Gives every node of a decoded layer the position of the call that ran it (their own positions are in the layer). */
export function locateLayerAt(nodes: readonly t.Node[], at: t.Node): void {
  const stack: unknown[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Record<string, unknown> & t.Node;
    if (typeof record.type !== 'string') continue;
    record.loc = at.loc ?? null;
    record.start = null;
    record.end = null;
    for (const key of t.VISITOR_KEYS[record.type] ?? []) stack.push(record[key]);
  }
}

/** The node for a primitive value (`-1` as a unary minus, as the parser would give it). */
export function valueToNode(value: Primitive): t.Expression {
  if (value === undefined) return t.identifier('undefined');
  if (value === null) return t.nullLiteral();
  if (typeof value === 'string') return t.stringLiteral(value);
  if (typeof value === 'boolean') return t.booleanLiteral(value);
  if (Number.isNaN(value)) return t.identifier('NaN');
  if (value === Infinity) return t.identifier('Infinity');
  if (value === -Infinity) return t.unaryExpression('-', t.identifier('Infinity'));
  if (value < 0 || Object.is(value, -0)) return t.unaryExpression('-', t.numericLiteral(-value));
  return t.numericLiteral(value);
}

/** The value of a literal node (string, number, -number, boolean, null, undefined), or `NOT_LITERAL`. */
export const NOT_LITERAL = Symbol('not a literal');
export function literalValue(node: t.Node | null | undefined): Primitive | typeof NOT_LITERAL {
  if (!node) return NOT_LITERAL;
  if (t.isStringLiteral(node) || t.isNumericLiteral(node) || t.isBooleanLiteral(node)) return node.value;
  if (t.isNullLiteral(node)) return null;
  if (t.isIdentifier(node) && node.name === 'undefined') return undefined;
  if (t.isUnaryExpression(node) && node.operator === '-' && t.isNumericLiteral(node.argument)) return -node.argument.value;
  if (t.isTemplateLiteral(node) && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? NOT_LITERAL;
  return NOT_LITERAL;
}

export function isLiteral(node: t.Node | null | undefined): boolean {
  return literalValue(node) !== NOT_LITERAL;
}

/** The property name of `a.b` / `a["b"]`, or null when it is computed from something else. */
export function memberName(node: t.MemberExpression | t.OptionalMemberExpression): string | null {
  if (!node.computed && t.isIdentifier(node.property)) return node.property.name;
  if (t.isStringLiteral(node.property)) return node.property.value;
  return null;
}

/** The key name of an object property (`a: 1`, `"a": 1`, `[“a”]: 1`), or null. */
export function propertyKeyName(property: t.ObjectProperty | t.ObjectMethod): string | null {
  if (t.isIdentifier(property.key) && !property.computed) return property.key.name;
  if (t.isStringLiteral(property.key)) return property.key.value;
  if (t.isNumericLiteral(property.key)) return String(property.key.value);
  return null;
}

/**
 * The path is no longer part of the tree: it or a path above it was removed, or a node above it was replaced by
 * one that does not hold it. A binding's reference list can outlive the code holding the reference (the same
 * reference reached twice, an enclosing call expanded into new code); rewriting through such a path throws, or,
 * for a removal, walks up past the missing statement and removes the enclosing one - a whole function of the
 * program's own code - instead.
 */
export function isDetached(path: NodePath): boolean {
  for (let current: NodePath = path; current.parentPath; current = current.parentPath) {
    if (current.removed || !current.node) return true;
    const parentNode = current.parentPath.node as unknown as Record<string, unknown> | null;
    if (!parentNode) return true;
    const slot = parentNode[current.listKey ?? String(current.key)];
    if (!current.listKey) {
      if (slot !== current.node) return true;
    } else if (!Array.isArray(slot) || (slot[current.key as number] !== current.node && !slot.includes(current.node))) {
      return true;
    }
  }
  return false;
}

/**
 * Whether any node under `root` (itself included) satisfies `test`, walking the raw nodes without Babel paths:
 * a Babel traversal builds a path, a context and possibly a scope for every node, which made "does this statement
 * mention the string table?" cost a full traversal of a bundle per question. Iterative, since minified code nests
 * thousands deep.
 */
export function someNode(root: t.Node, test: (node: t.Node, parent: t.Node | null, key: string) => boolean): boolean {
  const stack: [t.Node, t.Node | null, string][] = [[root, null, '']];
  while (stack.length > 0) {
    const [node, parent, key] = stack.pop() as [t.Node, t.Node | null, string];
    if (test(node, parent, key)) return true;
    for (const childKey of t.VISITOR_KEYS[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[childKey];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object') stack.push([item as t.Node, node, childKey]);
      } else if (child && typeof child === 'object') {
        stack.push([child as t.Node, node, childKey]);
      }
    }
  }
  return false;
}

/**
 * Names read by the code a step copied during one traversal. The reference lists of bindings were built before the
 * copies existed, so "every reference was inlined" can be stale: inlining `rev(s)` copies the calls of a string-table
 * wrapper inside rev's body, and dropping that wrapper because its listed references were all replaced left the
 * copies calling a function that no longer existed. A definition whose name a copy reads stays until the next
 * round, whose fresh bindings see the copies.
 */
export class CopiedNames {
  readonly #names = new Set<string>();

  add(node: t.Node): void {
    someNode(node, (inner) => {
      if (t.isIdentifier(inner)) this.#names.add(inner.name);
      return false;
    });
  }

  has(name: string): boolean {
    return this.#names.has(name);
  }
}
