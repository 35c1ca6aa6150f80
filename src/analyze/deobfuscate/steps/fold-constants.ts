import * as t from '@babel/types';
import { defineStep } from '../step.ts';
import { literalValue, NOT_LITERAL, valueToNode, type Primitive } from '../babel.ts';

/** Folds larger than this stay as they are: joining split strings is useful, building a megabyte is a bomb. */
const MAX_FOLDED_STRING = 256 * 1024;

const BINARY: Record<string, (a: never, b: never) => unknown> = {
  '+': (a, b) => (a as number) + (b as number), '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
  '%': (a, b) => a % b, '**': (a, b) => (a as number) ** (b as number), '<<': (a, b) => a << b, '>>': (a, b) => a >> b,
  '>>>': (a, b) => a >>> b, '&': (a, b) => a & b, '|': (a, b) => a | b, '^': (a, b) => a ^ b,
  // eslint-disable-next-line eqeqeq -- folding JavaScript's own loose comparison
  '==': (a, b) => a == b, '!=': (a, b) => a != b, '===': (a, b) => a === b, '!==': (a, b) => a !== b,
  '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b,
};

function isPrimitive(value: unknown): value is Primitive {
  return value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * Folds operators over literals: `"card" + "Number"`, `0x1 * -0x2b + 0x61`, `"abc" === "abd"`, `!![]`,
 * `typeof "x"`, `true ? a : b`, `false || x`. Split strings (splitStrings), numeric noise and opaque predicates of
 * dead-code injection all reduce to literals here. Identifiers are never folded (their value can change).
 */
export default defineStep({
  meta: { name: 'fold-constants', description: 'evaluate operators whose operands are literals', safe: true },
  create(context) {
    const fold = (path: { replaceWith(node: t.Node): unknown }, value: unknown): void => {
      if (!isPrimitive(value) || (typeof value === 'string' && value.length > MAX_FOLDED_STRING)) return;
      path.replaceWith(valueToNode(value));
      context.changed();
    };
    return {
      BinaryExpression: {
        exit(path) {
          const { operator, left, right } = path.node;
          const operate = BINARY[operator];
          if (!operate || t.isPrivateName(left)) return;
          const a = literalValue(left);
          const b = literalValue(right);
          if (a === NOT_LITERAL || b === NOT_LITERAL) return;
          // `-5` is already as folded as it gets; do not loop on it
          fold(path, operate(a as never, b as never));
        },
      },
      UnaryExpression: {
        exit(path) {
          const { operator, argument } = path.node;
          if (operator === '!' && t.isUnaryExpression(argument) && argument.operator === '!' && t.isArrayExpression(argument.argument) && argument.argument.elements.length === 0) {
            fold(path, true);
            return;
          }
          const value = literalValue(argument);
          if (value === NOT_LITERAL) return;
          if (operator === '-' && typeof value === 'number') return; // already the literal form of a negative number
          if (operator === '!') fold(path, !value);
          else if (operator === '-') fold(path, -(value as number));
          else if (operator === '+') fold(path, +(value as number));
          else if (operator === '~') fold(path, ~(value as number));
          else if (operator === 'typeof') fold(path, typeof value);
        },
      },
      LogicalExpression: {
        exit(path) {
          const { operator, left, right } = path.node;
          const value = literalValue(left);
          if (value === NOT_LITERAL) return;
          const takeRight = operator === '&&' ? Boolean(value) : operator === '||' ? !value : value === null || value === undefined;
          path.replaceWith(takeRight ? right : left);
          context.changed();
        },
      },
      ConditionalExpression: {
        exit(path) {
          const value = literalValue(path.node.test);
          if (value === NOT_LITERAL) return;
          path.replaceWith(value ? path.node.consequent : path.node.alternate);
          context.changed();
        },
      },
    };
  },
});
