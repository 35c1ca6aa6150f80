import * as t from '@babel/types';
import type { NodePath } from '@babel/traverse';
import { defineStep } from '../step.ts';
import { literalValue } from '../babel.ts';

/** The order string of `"2|0|1".split("|")`, once fold steps have made it literal. */
function splitOrder(node: t.Node | null | undefined): string[] | null {
  if (!t.isCallExpression(node) || !t.isMemberExpression(node.callee) || node.arguments.length !== 1) return null;
  const { object, property } = node.callee;
  const method = t.isIdentifier(property) && !node.callee.computed ? property.name : t.isStringLiteral(property) ? property.value : null;
  const separator = literalValue(node.arguments[0]);
  if (method !== 'split' || !t.isStringLiteral(object) || typeof separator !== 'string') return null;
  return object.value.split(separator);
}

/** The statements of a case, without the `continue` that sends control back to the dispatcher. */
function caseBody(switchCase: t.SwitchCase): { statements: t.Statement[]; ends: boolean } | null {
  const statements = [...switchCase.consequent];
  const last = statements[statements.length - 1];
  if (t.isContinueStatement(last) && !last.label) {
    statements.pop();
    return { statements, ends: false };
  }
  // A case that returns (or throws) ends the whole sequence.
  if (t.isReturnStatement(last) || t.isThrowStatement(last)) return { statements, ends: true };
  return null;
}

/** The loop's own `continue`/`break` would change meaning once the loop is gone. */
function escapesLoop(node: t.Node, inLoop: boolean, inSwitch: boolean): boolean {
  if (t.isFunction(node)) return false;
  if (t.isContinueStatement(node) && !node.label) return !inLoop;
  if (t.isBreakStatement(node) && !node.label) return !inLoop && !inSwitch;
  const loop = inLoop || t.isLoop(node);
  const inner = inSwitch || t.isSwitchStatement(node);
  for (const key of t.VISITOR_KEYS[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(child) ? child : [child];
    for (const item of children) if (item && typeof item === 'object' && escapesLoop(item as t.Node, loop, inner)) return true;
  }
  return false;
}

/**
 * Undoes control-flow flattening: `var o = "2|0|1".split("|"), i = 0; while (true) { switch (o[i++]) { case "0": B;
 * continue; case "1": C; continue; case "2": A; continue; } break; }` → `A; B; C;`. The dispatcher order is a
 * constant, so the sequence it produces is too.
 */
export default defineStep({
  meta: { name: 'unflatten-control-flow', description: 'replace switch-in-a-loop dispatchers over a constant order by straight code', safe: true, usesBindings: true },
  create(context) {
    const unflatten = (loop: NodePath<t.WhileStatement | t.ForStatement>): void => {
      const body = loop.node.body;
      if (!t.isBlockStatement(body) || body.body.length < 1 || body.body.length > 2) return;
      const [dispatch, exit] = body.body;
      if (!t.isSwitchStatement(dispatch) || (exit && !t.isBreakStatement(exit))) return;
      // switch (order[counter++])
      const discriminant = dispatch.discriminant;
      if (!t.isMemberExpression(discriminant) || !discriminant.computed || !t.isIdentifier(discriminant.object)) return;
      const update = discriminant.property;
      if (!t.isUpdateExpression(update) || update.operator !== '++' || update.prefix || !t.isIdentifier(update.argument)) return;
      const orderBinding = loop.scope.getBinding(discriminant.object.name);
      const counterBinding = loop.scope.getBinding(update.argument.name);
      if (!orderBinding || !counterBinding || !orderBinding.path.isVariableDeclarator() || !counterBinding.path.isVariableDeclarator()) return;
      const order = splitOrder(orderBinding.path.node.init);
      if (!order || literalValue(counterBinding.path.node.init) !== 0) return;
      if (orderBinding.references !== 1 || counterBinding.references !== 1 || counterBinding.constantViolations.length !== 1 || !orderBinding.constant) return;
      const cases = new Map<string, t.SwitchCase>();
      for (const switchCase of dispatch.cases) {
        const test = literalValue(switchCase.test);
        if (typeof test !== 'string') return;
        cases.set(test, switchCase);
      }
      const statements: t.Statement[] = [];
      for (const step of order) {
        const switchCase = cases.get(step);
        if (!switchCase) return;
        const part = caseBody(switchCase);
        if (!part || part.statements.some((statement) => escapesLoop(statement, false, false))) return;
        statements.push(...part.statements);
        if (part.ends) break;
      }
      const declarators = [orderBinding.path, counterBinding.path];
      // Lexical declarations from different cases now share one block: keep them in a block of their own.
      loop.replaceWith(t.blockStatement(statements));
      for (const declarator of declarators) if (!declarator.removed) declarator.remove();
      context.changed();
    };
    return {
      WhileStatement(path) {
        if (literalValue(path.node.test) === true) unflatten(path);
      },
      ForStatement(path) {
        if (path.node.test && literalValue(path.node.test) !== true) return;
        if (path.node.init || path.node.update) return;
        unflatten(path);
      },
    };
  },
});
