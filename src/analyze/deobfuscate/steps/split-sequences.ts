import * as t from '@babel/types';
import { defineStep } from '../step.ts';

/**
 * `a(), b(), c();` → `a(); b(); c();` and `return a(), b;` → `a(); return b;`: minifiers and obfuscators chain
 * statements into one expression, which hides each from a reader and keeps merge-object-assignments from seeing
 * the assignments that follow a declaration.
 */
export default defineStep({
  meta: { name: 'split-sequences', description: 'turn comma-chained statements into separate statements', safe: true },
  create(context) {
    const inBlock = (path: { parentPath: { isBlockStatement(): boolean; isProgram(): boolean } | null }): boolean => Boolean(path.parentPath?.isBlockStatement() || path.parentPath?.isProgram());
    return {
      ExpressionStatement(path) {
        const expression = path.node.expression;
        if (!t.isSequenceExpression(expression) || !inBlock(path)) return;
        path.replaceWithMultiple(expression.expressions.map((item) => {
          const statement = t.expressionStatement(item);
          statement.loc = item.loc ?? null;
          return statement;
        }));
        context.changed();
      },
      ReturnStatement(path) {
        const argument = path.node.argument;
        if (!t.isSequenceExpression(argument) || !inBlock(path)) return;
        const last = argument.expressions[argument.expressions.length - 1] as t.Expression;
        path.replaceWithMultiple([...argument.expressions.slice(0, -1).map((item) => t.expressionStatement(item)), t.returnStatement(last)]);
        context.changed();
      },
    };
  },
});
