import * as t from '@babel/types';
import type { NodePath, Binding } from '@babel/traverse';
import { defineStep, type StepContext } from '../step.ts';
import { CopiedNames, inheritLocation, isDetached } from '../babel.ts';

/**
 * The returned expression of a proxy function: `function (a, b) { return a + b; }`, `function (a, b) { return
 * _0x3f2a(b - 0x1a, a); }`. Allowed inside: its parameters (each at most once, so no argument is evaluated twice or
 * dropped out of order), literals, operators, calls and member reads; names other than parameters must mean the
 * same thing at the call site (checked there).
 */
function proxyBody(fn: t.Function): { expression: t.Expression; params: string[] } | null {
  if (fn.async || fn.generator) return null;
  // `(s) => holder.querySelector(s)` is the same proxy as `function (s) { return holder.querySelector(s); }`
  const returned = t.isBlockStatement(fn.body)
    ? fn.body.body.length === 1 && t.isReturnStatement(fn.body.body[0]) ? fn.body.body[0].argument : null
    : fn.body;
  if (!returned) return null;
  if (!fn.params.every((param) => t.isIdentifier(param))) return null;
  const params = fn.params.map((param) => (param as t.Identifier).name);
  const uses = new Map<string, number>();
  let allowed = true;
  const check = (node: t.Node | null | undefined): void => {
    if (!node || !allowed) return;
    if (t.isIdentifier(node)) {
      if (params.includes(node.name)) uses.set(node.name, (uses.get(node.name) ?? 0) + 1);
      // The function's own argument list: at the call site the name means the caller's (or nothing).
      else if (node.name === 'arguments') allowed = false;
      return;
    }
    if (t.isStringLiteral(node) || t.isNumericLiteral(node) || t.isBooleanLiteral(node) || t.isNullLiteral(node)) return;
    if (t.isBinaryExpression(node) || t.isLogicalExpression(node)) {
      check(node.left as t.Expression);
      check(node.right);
    } else if (t.isUnaryExpression(node)) {
      check(node.argument);
    } else if (t.isCallExpression(node) || t.isNewExpression(node)) {
      check(node.callee as t.Expression);
      for (const argument of node.arguments) {
        if (t.isSpreadElement(argument)) allowed = false;
        else check(argument as t.Expression);
      }
    } else if (t.isMemberExpression(node)) {
      check(node.object);
      if (node.computed) check(node.property as t.Expression);
    } else {
      allowed = false;
    }
  };
  check(returned);
  if (!allowed || [...uses.values()].some((count) => count > 1)) return null;
  return { expression: returned, params };
}

/** The call with the proxy's body in its place, or null when a free name would mean something else there. */
function expand(call: NodePath<t.CallExpression>, definition: NodePath, proxy: { expression: t.Expression; params: string[] }): t.Expression | null {
  const args = call.node.arguments;
  if (args.some((argument) => !t.isExpression(argument))) return null;
  const expression = t.cloneNode(proxy.expression, true);
  let ok = true;
  const substitute = (node: t.Node): t.Node => {
    if (t.isIdentifier(node)) {
      const index = proxy.params.indexOf(node.name);
      if (index >= 0) return index < args.length ? t.cloneNode(args[index] as t.Expression, true) : t.identifier('undefined');
      // A free name: the call site must see the same binding (or the same global) as the definition.
      if (call.scope.getBinding(node.name) !== definition.scope.getBinding(node.name)) ok = false;
      return node;
    }
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      if (t.isMemberExpression(node) && key === 'property' && !node.computed) continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) (node as unknown as Record<string, unknown>)[key] = child.map((item) => (item ? substitute(item as t.Node) : item));
      else if (child && typeof child === 'object') (node as unknown as Record<string, unknown>)[key] = substitute(child as t.Node);
    }
    return node;
  };
  const result = substitute(expression) as t.Expression;
  // Arguments beyond the parameters are still evaluated by the original call; keep them only if they are literals.
  if (args.slice(proxy.params.length).some((argument) => !t.isLiteral(argument))) return null;
  return ok ? result : null;
}

function inlineBinding(binding: Binding, fn: t.Function, definition: NodePath, context: StepContext, copied: CopiedNames): void {
  if (!binding.constant) return;
  const proxy = proxyBody(fn);
  if (!proxy) return;
  let replaced = 0;
  // Innermost first: `f(f(1, 2), 3)` expands the inner call before the outer expansion copies its arguments.
  for (const reference of [...binding.referencePaths].reverse()) {
    // An outer call expanded first copied this one into its result; the path left behind is detached.
    if (isDetached(reference)) continue;
    const call = reference.parentPath;
    if (!call?.isCallExpression() || call.node.callee !== reference.node) continue;
    if (call.findParent((parent) => parent.node === fn)) continue; // recursion
    const expanded = expand(call, definition, proxy);
    if (!expanded) continue;
    inheritLocation(expanded, call.node);
    copied.add(expanded);
    call.replaceWith(expanded);
    replaced++;
  }
  // Proxies nothing calls any more are dropped, except top-level ones with names a person chose: another script of
  // the page may call those. obfuscator.io's generated names (`_0x2c`) are nobody's API.
  const topLevel = binding.scope.path.isProgram();
  const droppable = !topLevel || /^_0x[0-9a-f]+$/.test(binding.identifier.name);
  if (droppable && (replaced > 0 || !topLevel) && replaced === binding.referencePaths.length && !copied.has(binding.identifier.name)) {
    binding.path.remove();
    replaced++;
  }
  context.changed(replaced);
}

/**
 * Inlines proxy functions: `function _0x2c(a, b, c) { return _0x3f2a(c - 0x3b, a); }` (obfuscator.io's string-array
 * wrappers), `function (a, b) { return a + b; }` (control-flow flattening's operator proxies) and selector helpers
 * whose name the obfuscator took away (`const _0xef = (s) => form.querySelector(s)`, once `$`), at each call,
 * then drops the function once nothing calls it. Proxies held in objects are handled by inline-constant-objects.
 */
export default defineStep({
  meta: { name: 'inline-proxy-functions', description: 'inline functions whose body only returns an expression of their parameters', safe: true, usesBindings: true },
  create(context) {
    const copied = new CopiedNames();
    return {
      FunctionDeclaration(path) {
        if (!path.node.id) return;
        const binding = path.parentPath.scope.getBinding(path.node.id.name);
        if (binding && binding.path === path) inlineBinding(binding, path.node, path, context, copied);
      },
      VariableDeclarator(path) {
        const { id, init } = path.node;
        if (!t.isIdentifier(id) || !(t.isFunctionExpression(init) || t.isArrowFunctionExpression(init))) return;
        const binding = path.scope.getBinding(id.name);
        if (binding && binding.path === path) inlineBinding(binding, init, path, context, copied);
      },
    };
  },
});

export { proxyBody, expand };
