import * as t from '@babel/types';
import { defineStep } from '../step.ts';

/**
 * Prints literals plainly: `"\x63\x61rd"` → `"card"`, `0x1f` → `31`, `!0` → `true`, `!1` → `false`, `void 0` →
 * `undefined`. Hex and unicode escapes hide field names and hosts from a reader (unicodeEscapeSequence).
 */
export default defineStep({
  meta: { name: 'normalize-literals', description: 'decode string escapes and print numbers in decimal', safe: true },
  create(context) {
    const plain = (node: t.StringLiteral | t.NumericLiteral): void => {
      const raw = (node.extra as { raw?: string } | undefined)?.raw;
      if (raw === undefined) return;
      const escaped = t.isStringLiteral(node) ? /\\[xu0-7]/.test(raw) : /^0[xob]|^0\d|[eE_]/.test(raw);
      if (!escaped) return;
      delete node.extra;
      context.changed();
    };
    return {
      StringLiteral(path) { plain(path.node); },
      NumericLiteral(path) { plain(path.node); },
      UnaryExpression(path) {
        const { operator, argument } = path.node;
        if (operator === '!' && t.isNumericLiteral(argument) && (argument.value === 0 || argument.value === 1)) {
          path.replaceWith(t.booleanLiteral(argument.value === 0));
          context.changed();
        } else if (operator === '!' && t.isArrayExpression(argument) && argument.elements.length === 0) {
          path.replaceWith(t.booleanLiteral(false)); // ![] (obfuscator.io's `false`); `!![]` folds on the next visit
          context.changed();
        } else if (operator === '!' && t.isBooleanLiteral(argument)) {
          path.replaceWith(t.booleanLiteral(!argument.value));
          context.changed();
        } else if (operator === 'void' && t.isNumericLiteral(argument) && !path.scope.hasBinding('undefined', { noGlobals: true })) {
          path.replaceWith(t.identifier('undefined'));
          context.changed();
        }
      },
    };
  },
});
