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
  return isClosureFactory(node);
}

/**
 * `(function () { var first = true; return function (context, fn) {…}; })()`: a call that only builds a closure.
 * obfuscator.io puts one ("callController") in front of every self-defending, debug-protection and console guard;
 * once remove-anti-analysis took the guards, the factories stay behind in the functions that held them, and a
 * helper wrapped in that noise is no longer the one-line helper the analysis recognizes.
 */
function isClosureFactory(node: t.Node): boolean {
  if (!t.isCallExpression(node) || node.arguments.length > 0) return false;
  const callee = node.callee;
  if (!(t.isFunctionExpression(callee) || t.isArrowFunctionExpression(callee)) || callee.async || callee.generator || !t.isBlockStatement(callee.body)) return false;
  const body = callee.body.body;
  const last = body[body.length - 1];
  if (!t.isReturnStatement(last) || !(t.isFunctionExpression(last.argument) || t.isArrowFunctionExpression(last.argument))) return false;
  return body.slice(0, -1).every((statement) => t.isVariableDeclaration(statement)
    && statement.declarations.every((declarator) => t.isIdentifier(declarator.id) && isInert(declarator.init)));
}

/**
 * Drops what the other steps leave behind: local variables and functions nothing reads any more whose values have
 * no effect (an emptied proxy object, a decoded alias, a guard's closure factory), and `(function () {})()` calls of
 * empty functions.
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
