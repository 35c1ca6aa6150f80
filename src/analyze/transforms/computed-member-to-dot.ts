import type { Node } from '../ast.ts';
import { defineTransform } from './transform.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// `window["XMLHttpRequest"]`, `document["cookie"]`: bracket access hides API names from naive pattern matching.
export default defineTransform({
  meta: { name: 'computed-member-to-dot', description: 'rewrites a["b"] as a.b', safe: true },
  visitors: {
    MemberExpression(node: Node) {
      const property = node.property as Node;
      if (!node.computed || property.type !== 'Literal' || typeof property.value !== 'string') return null;
      if (!IDENTIFIER.test(property.value)) return null;
      // Rewritten in place: the node keeps its identity, so links to it from elsewhere stay valid.
      node.computed = false;
      node.property = { type: 'Identifier', name: property.value, start: property.start, end: property.end, parent: node };
      return node;
    },
  },
});
