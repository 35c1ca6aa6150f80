import type { Node } from '../ast.ts';
import { defineTransform } from './transform.ts';
import { literalValue, makeLiteral } from './literals.ts';

// `\`${"ev"}al\`` style splitting; also lets later steps see template URLs as one constant.
export default defineTransform({
  meta: { name: 'fold-template-literal', description: 'turns templates whose parts are all literals into strings', safe: true },
  visitors: {
    TemplateLiteral(node: Node) {
      const quasis = node.quasis as Node[];
      const expressions = node.expressions as Node[];
      let text = '';
      for (let i = 0; i < quasis.length; i++) {
        const cooked: unknown = (quasis[i] as Node).value.cooked;
        if (typeof cooked !== 'string') return null;
        text += cooked;
        const expression = expressions[i];
        if (expression) {
          const value = literalValue(expression);
          if (value === undefined) return null;
          text += String(value);
        }
      }
      return makeLiteral(text, node);
    },
  },
});
