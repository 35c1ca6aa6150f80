import * as t from '@babel/types';
import { defineStep } from '../step.ts';
import { literalValue, memberName, NOT_LITERAL, valueToNode } from '../babel.ts';
import { foldLiteralMethod } from '../../transforms/fold-literal-methods.ts';
import type { Primitive } from '../../transforms/literals.ts';

/** A literal that the method folds accept: strings, numbers, booleans and null (not `undefined`). */
function primitiveOf(node: t.Node | null | undefined): Primitive | typeof NOT_LITERAL {
  const value = literalValue(node);
  return value === undefined ? NOT_LITERAL : value;
}

function receiverOf(node: t.Expression): string | Primitive[] | null {
  const value = primitiveOf(node);
  if (typeof value === 'string') return value;
  if (!t.isArrayExpression(node)) return null;
  const values: Primitive[] = [];
  for (const element of node.elements) {
    const item = primitiveOf(element);
    if (item === NOT_LITERAL) return null;
    values.push(item);
  }
  return values;
}

/**
 * `"puyek".split("").reverse().join("")` → `"keyup"`, `"DATA".toLowerCase()`, `"%6C".replace("%", "")`: pure string
 * and array methods on literals, which hand-written skimmers use to spell event names, storage keys and hosts
 * backwards or in pieces. The folds themselves are the analysis's own (transforms/fold-literal-methods.ts): string
 * patterns only, never a regular expression from the script, and bounded output sizes.
 */
export default defineStep({
  meta: { name: 'fold-literal-methods', description: 'evaluate pure string and array methods called on literals', safe: true },
  create(context) {
    return {
      CallExpression: {
        exit(path) {
          const { callee, arguments: args } = path.node;
          if (!t.isMemberExpression(callee) || t.isSuper(callee.object)) return;
          const method = memberName(callee);
          const receiver = method ? receiverOf(callee.object) : null;
          if (!method || receiver === null) return;
          const values: Primitive[] = [];
          for (const argument of args) {
            const value = primitiveOf(argument);
            if (value === NOT_LITERAL) return;
            values.push(value);
          }
          // The shared fold takes a replacement literally; JavaScript expands `$&` and `$1` in it.
          if ((method === 'replace' || method === 'replaceAll') && String(values[1]).includes('$')) return;
          const result = foldLiteralMethod(receiver, method, values);
          if (result === undefined) return;
          path.replaceWith(Array.isArray(result) ? t.arrayExpression(result.map(valueToNode)) : valueToNode(result));
          context.changed();
        },
      },
    };
  },
});
