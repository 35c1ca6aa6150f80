import type { Node } from '../ast.ts';

/** Text of a string literal or of a template (expressions shown as `${}`). */
export function stringValue(node: Node | undefined | null): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((quasi) => String(quasi.value.cooked ?? '')).join('${}');
  return null;
}

/**
 * The text a string node shows a reader: a literal's value, or a template's fixed parts joined by a space. For
 * matching lure wording, where a hole is a word the page fills in rather than a part of the pattern.
 */
export function shownText(node: Node): string | null {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((quasi) => String(quasi.value.cooked ?? '')).join(' ');
  return null;
}

