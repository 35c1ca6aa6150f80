import * as t from '@babel/types';
import traverse, { type NodePath } from '@babel/traverse';
import { generate } from '@babel/generator';
import { defineStep } from '../step.ts';
import { isDetached } from '../babel.ts';

/**
 * What obfuscator.io's guards look like once their strings are decoded. Each is code that only defends the
 * obfuscation (it never touches the page): selfDefending's catastrophic-backtracking regular expression over the
 * function's own text, debugProtection's `debugger` loop and its `init`/`chain`/`input` probe, and
 * disableConsoleOutput's rewrite of every console method.
 */
const GUARD_MARKERS: readonly RegExp[] = [
  /\(\(\(\.\+\)\+\)\+\)\+\$/,
  /["']init["'][\s\S]*["']chain["'][\s\S]*["']input["']/,
  /["']debu["']\s*\+\s*["']gger["']|["']debugger["']/,
  /["']exception["'][\s\S]*["']table["'][\s\S]*["']trace["']/,
];

/**
 * Guards are a few hundred characters (debugProtection's function a few thousand). A library's own code can hold the
 * same words ("init", "chain", "input", "debugger"), and a UMD bundle is itself `!function (e, t) {…}(this,
 * function () { …the library… })`, the shape of a guard call: without a size bound the whole program was taken for
 * a guard and removed.
 */
const MAX_GUARD_CHARS = 8_000;

/** Whether `node` is small enough to be a guard, from its source range when it has one. */
function guardSized(node: t.Node): boolean {
  if (node.start != null && node.end != null) return node.end - node.start <= MAX_GUARD_CHARS;
  return textOf(node).length <= MAX_GUARD_CHARS;
}

function textOf(node: t.Node): string {
  return generate(node, { compact: true, jsescOption: { minimal: true, quotes: 'double' } }).code;
}

function isGuard(node: t.Node): boolean {
  const text = textOf(node);
  return GUARD_MARKERS.some((marker) => marker.test(text));
}

/** The statement to delete for a guard call: its declarator's statement, or the statement that runs it. */
function removeStatementOf(path: NodePath): boolean {
  if (isDetached(path)) return false;
  const statement = path.getStatementParent();
  if (!statement || statement.removed) return false;
  if (statement.isVariableDeclaration() && statement.node.declarations.length > 1) {
    const declarator = path.findParent((parent) => parent.isVariableDeclarator());
    if (declarator && !declarator.removed) {
      declarator.remove();
      return true;
    }
  }
  statement.remove();
  return true;
}

/**
 * Removes obfuscator.io's self-defending code, debug protection and console disabling: `const g = ctl(this,
 * function () { … "(((.+)+)+)+$" … }); g();`, `function dp(n) { … "debu" + "gger" … }` with the calls that arm it,
 * and the call-controller factory they all share once nothing uses it. Left in, these freeze a browser's devtools
 * for an analyst and pad the code a reader has to get through.
 */
export default defineStep({
  meta: { name: 'remove-anti-analysis', description: 'remove self-defending, debugger-trap and console-disabling guards', safe: true, usesBindings: true },
  run(context) {
    let program: NodePath<t.Program> | null = null;
    const guardCalls: NodePath<t.CallExpression>[] = [];
    const guardFunctions: NodePath<t.FunctionDeclaration>[] = [];
    traverse(context.ast, {
      Program(path) { program = path; },
      CallExpression(path) {
        const [self, guarded] = path.node.arguments;
        // `ctl(this, function () {…})`: the guard is armed through the call controller, a named function.
        if (path.node.arguments.length === 2 && t.isIdentifier(path.node.callee) && t.isThisExpression(self) && t.isFunctionExpression(guarded)
          && guardSized(guarded) && isGuard(guarded)) guardCalls.push(path);
      },
      FunctionDeclaration(path) {
        if (!guardSized(path.node)) return;
        const text = textOf(path.node);
        if (/["']debu["']\s*\+\s*["']gger["']|["']debugger["']/.test(text) && /["'](?:counter|action|stateObject|while \(true\) \{\})["']/.test(text)) guardFunctions.push(path);
      },
    });
    if (!program || (guardCalls.length === 0 && guardFunctions.length === 0)) return;
    let removed = 0;
    const controllers = new Set<string>();
    for (const call of guardCalls) {
      if (call.removed || !call.findParent((parent) => parent.isProgram())) continue;
      if (t.isIdentifier(call.node.callee)) controllers.add(call.node.callee.name);
      const declarator = call.parentPath.isVariableDeclarator() ? call.parentPath : null;
      const name = declarator && t.isIdentifier(declarator.node.id) ? declarator.node.id.name : null;
      const binding = name ? declarator?.scope.getBinding(name) : undefined;
      for (const reference of binding?.referencePaths ?? []) if (removeStatementOf(reference)) removed++;
      if (removeStatementOf(call)) removed++;
    }
    for (const fn of guardFunctions) {
      const name = fn.node.id?.name;
      const binding = name ? fn.parentPath.scope.getBinding(name) : undefined;
      for (const reference of binding?.referencePaths ?? []) {
        if (reference.findParent((parent) => parent === fn)) continue;
        if (removeStatementOf(reference)) removed++;
      }
      if (!fn.removed) {
        fn.remove();
        removed++;
      }
    }
    // The shared controller factory, now that no guard calls it.
    (program as NodePath<t.Program>).scope.crawl();
    for (const name of controllers) {
      const binding = (program as NodePath<t.Program>).scope.getBinding(name);
      if (binding && binding.referenced === false && binding.path.isVariableDeclarator() && !binding.path.removed) {
        binding.path.remove();
        removed++;
      }
    }
    if (removed > 0) context.recognize('javascript-obfuscator');
    context.changed(removed);
  },
});
