import type { Node } from '../ast.ts';

/** Text of a string literal or of a template (expressions shown as `${}`). */
export function stringValue(node: Node | undefined | null): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((quasi) => String(quasi.value.cooked ?? '')).join('${}');
  return null;
}

