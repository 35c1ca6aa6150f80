import * as t from '@babel/types';
import { defineStep } from '../step.ts';

/** Values whose creation has no effect: dropping an unused one changes nothing. */
function isInert(node: t.Node | null | undefined): boolean {
  if (!node) return true;
  if (t.isLiteral(node) && !t.isTemplateLiteral(node)) return true;
  if (t.isFunctionExpression(node) || t.isArrowFunctionExpression(node) || t.isIdentifier(node)) return true;
  if (t.isUnaryExpression(node) && node.operator !== 'delete') return isInert(node.argument);
  if (t.isArrayExpression(node)) return node.elements.every((element) => element !== null && !t.isSpreadElement(element) && isInert(element));
  if (t.isObjectExpression(node)) return node.properties.every((property) => t.isObjectProperty(property) && !property.computed && isInert(property.value));
  return false;
}

/**
 * Drops what the other steps leave behind: local variables and functions nothing reads any more whose values have
 * no effect (an emptied proxy object, a decoded alias), and `(function () {})()` calls of empty functions.
 * Top-level names stay: another script of the page may use them.
 */
export default defineStep({
  meta: { name: 'remove-unused-locals', description: 'remove unreferenced local variables with inert values and empty IIFEs', safe: true, usesBindings: true },
  create(context) {
    return {
      VariableDeclarator(path) {
        if (!t.isIdentifier(path.node.id) || !isInert(path.node.init)) return;
        const binding = path.scope.getBinding(path.node.id.name);
        if (!binding || binding.referenced || binding.constantViolations.length > 0 || binding.scope.path.isProgram()) return;
        path.remove();
        context.changed();
      },
      FunctionDeclaration(path) {
        const name = path.node.id?.name;
        const binding = name ? path.parentPath.scope.getBinding(name) : undefined;
        if (!binding || binding.referenced || binding.scope.path.isProgram()) return;
        path.remove();
        context.changed();
      },
      ExpressionStatement(path) {
        const expression = path.node.expression;
        if (!t.isCallExpression(expression) || expression.arguments.length > 0) return;
        const callee = expression.callee;
        if (!(t.isFunctionExpression(callee) || t.isArrowFunctionExpression(callee)) || !t.isBlockStatement(callee.body) || callee.body.body.length > 0) return;
        path.remove();
        context.changed();
      },
    };
  },
});
