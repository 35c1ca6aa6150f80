import * as t from '@babel/types';
import type { NodePath } from '@babel/traverse';
import { defineStep } from '../step.ts';
import { calleeName } from './unpack-code-strings.ts';

const JQUERY = new Set(['jQuery', '$', 'window.jQuery', 'window.$']);
/** The name every jQuery plugin and skimmer gives the library inside its wrapper, and the one the analysis reads. */
const CONVENTIONAL_NAME = '$';

/** `jQuery`, `$`, `window.jQuery`: an expression that names the library itself. */
const namesJQuery = (node: t.Node | null | undefined): boolean => Boolean(node && JQUERY.has(calleeName(node) ?? ''));

/**
 * Which parameter of `fn` receives jQuery, from the call that runs it:
 * - `jQuery(function (p) {…})`, `jQuery(document).ready(function (p) {…})`: the ready handler gets jQuery first;
 * - `(function (p, w) {…})(jQuery, window)`: the plugin wrapper, by argument position;
 * - `define(["jquery", …], function (p, …) {…})`, `require([…], …)`: AMD modules, by dependency position.
 */
function jQueryParameter(fn: NodePath<t.FunctionExpression | t.ArrowFunctionExpression>): number {
  const parent = fn.parentPath;
  if (!parent.isCallExpression()) return -1;
  const { callee, arguments: args } = parent.node;
  if (callee === fn.node) return args.findIndex((argument) => namesJQuery(argument));
  const position = args.indexOf(fn.node);
  if (position < 0) return -1;
  if (position === 0 && args.length === 1 && namesJQuery(callee)) return 0;
  if (position === 0 && args.length === 1 && t.isMemberExpression(callee) && !callee.computed && t.isIdentifier(callee.property, { name: 'ready' })
    && t.isCallExpression(callee.object) && namesJQuery(callee.object.callee)) return 0;
  const name = calleeName(callee);
  if ((name === 'define' || name === 'require' || name === 'requirejs') && position > 0) {
    const dependencies = args[position - 1];
    if (!t.isArrayExpression(dependencies)) return -1;
    return dependencies.elements.findIndex((element) => t.isStringLiteral(element) && element.value.toLowerCase() === 'jquery');
  }
  return -1;
}

/**
 * Gives the parameter that receives jQuery its conventional name back: obfuscators rename `function ($)` to
 * `function (_0x5d40b8)`, and with it every `$("#co-payment-form").serialize()` and `$.post(url, …)` inside, which
 * hid jQuery reads of form fields and jQuery sends from the analysis. Only when the function does not mention `$`
 * already, so that no reference inside it changes meaning (an outer `$` it never reads may be shadowed).
 */
export default defineStep({
  meta: { name: 'restore-jquery-parameter', description: 'rename the parameter a wrapper, ready handler or AMD module receives jQuery in back to $', safe: true, usesBindings: true },
  create(context) {
    const visit = (fn: NodePath<t.FunctionExpression | t.ArrowFunctionExpression>): void => {
      const index = jQueryParameter(fn);
      const param = index >= 0 ? fn.node.params[index] : undefined;
      if (!param || !t.isIdentifier(param) || param.name === CONVENTIONAL_NAME) return;
      let mentioned = false;
      fn.traverse({
        Identifier(inner) {
          if (inner.node.name === CONVENTIONAL_NAME) {
            mentioned = true;
            inner.stop();
          }
        },
      });
      if (mentioned) return;
      fn.scope.rename(param.name, CONVENTIONAL_NAME);
      context.changed();
    };
    return { FunctionExpression: visit, ArrowFunctionExpression: visit };
  },
});
