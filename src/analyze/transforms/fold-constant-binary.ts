import type { Node } from '../ast.ts';
import { defineTransform } from './transform.ts';
import { literalValue, makeLiteral, type Primitive } from './literals.ts';

// Defeats splitting of telling names ("car" + "dnum", "XMLHttp" + "Request") and char-code arithmetic (99 + 1).
function fold(operator: string, left: Primitive, right: Primitive): Primitive | undefined {
  if (operator === '+') {
    if (typeof left === 'string' || typeof right === 'string') return String(left) + String(right);
    if (typeof left === 'number' && typeof right === 'number') return left + right;
    return undefined;
  }
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  switch (operator) {
    case '-': return left - right;
    case '*': return left * right;
    case '/': return right === 0 ? undefined : left / right;
    case '%': return right === 0 ? undefined : left % right;
    case '^': return left ^ right;
    case '|': return left | right;
    case '&': return left & right;
    case '<<': return left << right;
    case '>>': return left >> right;
    case '>>>': return left >>> right;
    default: return undefined;
  }
}

export default defineTransform({
  meta: { name: 'fold-constant-binary', description: 'folds + - * / % and bit operations on literals', safe: true },
  visitors: {
    BinaryExpression(node: Node) {
      const left = literalValue(node.left);
      const right = literalValue(node.right);
      if (left === undefined || right === undefined) return null;
      const value = fold(node.operator as string, left, right);
      return value === undefined ? null : makeLiteral(value, node);
    },
  },
});
