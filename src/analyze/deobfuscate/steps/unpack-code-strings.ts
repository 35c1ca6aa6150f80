import * as t from '@babel/types';
import type { NodePath } from '@babel/traverse';
import { defineStep, type StepContext } from '../step.ts';
import { locateLayerAt } from '../babel.ts';

const EVAL_NAMES = new Set(['eval', 'window.eval', 'self.eval', 'globalThis.eval', 'this.eval']);
const TIMER_NAMES = new Set(['setTimeout', 'setInterval', 'window.setTimeout', 'window.setInterval', 'self.setTimeout', 'self.setInterval']);
const FUNCTION_NAMES = new Set(['Function', 'window.Function', 'self.Function', 'globalThis.Function']);

export function calleeName(node: t.Node): string | null {
  if (t.isIdentifier(node)) return node.name;
  if (t.isThisExpression(node)) return 'this';
  if (t.isMemberExpression(node) && !node.computed && t.isIdentifier(node.property)) {
    const object = calleeName(node.object);
    return object === null ? null : `${object}.${node.property.name}`;
  }
  return null;
}

/** A global of the page (not shadowed by a local binding of the same name). */
function isGlobal(path: NodePath, name: string): boolean {
  const root = name.split('.')[0] as string;
  return root === 'this' || !path.scope.hasBinding(root, { noGlobals: true });
}

function parseFunction(context: StepContext, params: string[], body: string): t.FunctionExpression | null {
  if (!params.every((param) => /^\s*[A-Za-z_$][\w$]*\s*$/.test(param))) return null;
  const statements = context.parseLayer(`(function (${params.join(',')}) {\n${body}\n})`);
  const only = statements?.[0];
  if (!statements || statements.length !== 1 || !t.isExpressionStatement(only) || !t.isFunctionExpression(only.expression)) return null;
  return only.expression;
}

/**
 * Unpacks code given as a literal string to the functions that run it, one layer at a time:
 * `eval("…")` as a statement becomes the statements, `new Function("a", "…")` a function expression,
 * `setTimeout("…", n)` a function. The next round decodes the unpacked code like any other, so `eval(atob(…))` of
 * `eval(unescape(…))` comes apart layer by layer, up to the layer budget. Unsafe: direct eval runs in the caller's
 * scope and an indirect one globally; the output places the code where the call was.
 */
export default defineStep({
  meta: { name: 'unpack-code-strings', description: 'replace eval/Function/setTimeout of literal code by the code', safe: false },
  create(context) {
    return {
      'CallExpression|NewExpression'(path) {
        const node = path.node as t.CallExpression | t.NewExpression;
        const name = calleeName(node.callee);
        if (!name || !isGlobal(path, name)) return;
        const args = node.arguments;
        if (EVAL_NAMES.has(name) && t.isCallExpression(node) && args.length >= 1 && t.isStringLiteral(args[0])) {
          const statement = path.parentPath;
          if (!statement.isExpressionStatement() || !(statement.parentPath.isBlockStatement() || statement.parentPath.isProgram())) return;
          const layer = context.parseLayer(args[0].value);
          if (!layer || !context.enterLayer()) return;
          locateLayerAt(layer, node);
          if (layer.length === 0) statement.remove();
          else statement.replaceWithMultiple(layer);
          context.changed();
          return;
        }
        if (FUNCTION_NAMES.has(name) && args.length >= 1 && args.every((argument) => t.isStringLiteral(argument))) {
          const texts = args.map((argument) => (argument as t.StringLiteral).value);
          const fn = parseFunction(context, texts.slice(0, -1).flatMap((text) => text.split(',')).filter((text) => text.trim() !== ''), texts[texts.length - 1] as string);
          if (!fn || !context.enterLayer()) return;
          locateLayerAt([fn], node);
          path.replaceWith(fn);
          context.changed();
          return;
        }
        if (TIMER_NAMES.has(name) && t.isCallExpression(node) && t.isStringLiteral(args[0])) {
          const fn = parseFunction(context, [], args[0].value);
          if (!fn || !context.enterLayer()) return;
          locateLayerAt([fn], node);
          node.arguments[0] = fn;
          context.changed();
        }
      },
    };
  },
});
