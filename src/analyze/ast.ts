/**
 * A deliberately loose view of ESTree nodes. Parsers (oxc, acorn-loose) hand us plain objects whose exact shape
 * varies by node type; typing every variant would cost more than it catches in code that only pattern-matches.
 */
import { KEYS } from 'eslint-visitor-keys';

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: any;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const visitorKeys: Readonly<Record<string, readonly string[]>> = KEYS;

/** Child keys of a node type; unknown types (parser extensions) fall back to every object-valued key. */
export function childKeys(node: Node): readonly string[] {
  const known = visitorKeys[node.type];
  if (known) return known;
  return Object.keys(node).filter((key) => {
    const value: unknown = node[key];
    return typeof value === 'object' && value !== null && key !== 'range' && key !== 'loc' && key !== 'parent';
  });
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Calls `fn(child, parent, key)` for each direct child node. */
export function forEachChild(node: Node, fn: (child: Node, key: string, index: number) => void): void {
  for (const key of childKeys(node)) {
    const value: unknown = node[key];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isNode(item)) fn(item, key, i);
      }
    } else if (isNode(value)) {
      fn(value, key, -1);
    }
  }
}

/**
 * Iterative pre-order walk (hostile inputs nest deeply enough to overflow a recursive walker). `enter` returning
 * `false` ends the walk: callers that only need the first few nodes of a large subtree stop there.
 */
export function walk(root: Node, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (enter(node) === false) return;
    const keys = childKeys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const value: unknown = node[keys[k] as string];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (isNode(item)) stack.push(item);
        }
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

export function isStringLiteral(node: Node | null | undefined): node is Node & { value: string } {
  return !!node && node.type === 'Literal' && typeof node.value === 'string';
}

export function isNumberLiteral(node: Node | null | undefined): node is Node & { value: number } {
  return !!node && node.type === 'Literal' && typeof node.value === 'number';
}

/** The static name of a member's property: `a.b` and `a["b"]` both give "b". */
export function propertyName(member: Node): string | null {
  const property = member.property as Node;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  if (property.type === 'PrivateIdentifier') return `#${property.name as string}`;
  if (property.type === 'Literal' && (typeof property.value === 'string' || typeof property.value === 'number')) {
    return String(property.value);
  }
  return null;
}

/** Strips wrappers that do not change a value: `(a?.b)`, `a!`, sequence `(0, f)`. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    if (current.type === 'ChainExpression' || current.type === 'ParenthesizedExpression') current = current.expression;
    else if (current.type === 'SequenceExpression' && current.expressions.length > 0) {
      current = current.expressions[current.expressions.length - 1];
    } else return current;
  }
}

/**
 * The node that holds `node`'s value once wrappers that pass it through (those `unwrap` sees through) are climbed:
 * parentheses, the last expression of `(0, x)`, `a?.b`. `child` is the wrapper (or the node) that `holder` holds.
 */
export function valueHolder(node: Node): { holder: Node | null; child: Node } {
  let child = node;
  let holder = (node.parent as Node | null | undefined) ?? null;
  while (holder && (holder.type === 'ChainExpression' || holder.type === 'ParenthesizedExpression' || (holder.type === 'SequenceExpression' && (holder.expressions as Node[]).at(-1) === child))) {
    child = holder;
    holder = (holder.parent as Node | null | undefined) ?? null;
  }
  return { holder, child };
}

/**
 * Dotted name of a member chain made of identifiers, e.g. `window.navigator.sendBeacon`. Null when some part is
 * dynamic. `this` is spelled "this".
 */
export function dottedName(node: Node, maxParts = 8): string | null {
  // Built right to left by concatenation: detectors call this for every call and member node, and an array per
  // call (push, reverse, join) was a measurable share of the analysis.
  let current = unwrap(node);
  let suffix = '';
  for (let parts = 0; parts < maxParts; parts++) {
    if (current.type === 'Identifier') return suffix === '' ? (current.name as string) : (current.name as string) + suffix;
    if (current.type === 'ThisExpression') return 'this' + suffix;
    if (current.type !== 'MemberExpression') return null;
    const name = propertyName(current);
    if (name === null) return null;
    suffix = '.' + name + suffix;
    current = unwrap(current.object);
  }
  return null;
}

/** The last name of an expression: `a.b.c` and `c` give "c"; null for anything computed or not a name. */
export function lastName(node: Node): string | null {
  const target = unwrap(node);
  if (target.type === 'Identifier') return target.name as string;
  return target.type === 'MemberExpression' ? propertyName(target) : null;
}

export function makeStringLiteral(value: string, from: Node): Node {
  return { type: 'Literal', value, raw: JSON.stringify(value), start: from.start, end: from.end };
}

/** The identifier that names a function: `function f() {}`, or `var f = function () {}` / `const f = () => {}`. */
export function functionNameId(fn: Node): Node | null {
  if (fn.id) return fn.id as Node;
  const parent = fn.parent as Node | null | undefined;
  return parent?.type === 'VariableDeclarator' && parent.init === fn ? (parent.id as Node) : null;
}
