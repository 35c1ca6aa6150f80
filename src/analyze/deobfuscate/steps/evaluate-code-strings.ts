import * as t from '@babel/types';
import traverse, { type NodePath, type Scope } from '@babel/traverse';
import { generate } from '@babel/generator';
import { defineStep, type StepContext } from '../step.ts';
import { calleeName } from './unpack-code-strings.ts';
import { replaceKeepingLocation } from '../babel.ts';
import { SANDBOX_PRELUDE } from './sandbox-prelude.ts';
import type { Sandbox } from '../../sandbox.ts';

/**
 * Globals a closed expression may use: the language's own pure functions. Anything of the page (document, window,
 * location, storage, network) makes the expression depend on the page, and it is not run. Nor is anything that
 * differs from run to run: `Date` is left out, and `Math.random` throws in the sandbox (NOT_CONSTANT), so that
 * `document.write('…?aff=' + Math.random())` is not printed with the analyser's own random number in it.
 */
const PURE_GLOBALS = new Set([
  'String', 'Number', 'Boolean', 'Array', 'Object', 'Math', 'JSON', 'RegExp', 'parseInt', 'parseFloat', 'isNaN',
  'isFinite', 'undefined', 'NaN', 'Infinity', 'escape', 'unescape', 'encodeURIComponent', 'decodeURIComponent',
  'encodeURI', 'decodeURI', 'atob', 'btoa', 'Uint8Array', 'TextDecoder', 'Error', 'TypeError',
]);
const NOT_CONSTANT = "Math.random = function () { throw new Error('Math.random is not a constant'); };";
/** Sinks whose (last, for Function) argument is code or markup. */
const CODE_SINKS = new Set(['eval', 'window.eval', 'Function', 'window.Function', 'setTimeout', 'setInterval', 'window.setTimeout', 'window.setInterval', 'document.write', 'document.writeln']);
/** Constant definitions pulled in for one expression (`var key = [..]; eval(dec(key))`), nested this deep. */
const MAX_DEFINITION_DEPTH = 4;

interface Closure { definitions: Map<string, string>; ok: boolean }

/**
 * Whether `path` computes its value from literals, its own locals, pure globals and constant definitions that are
 * themselves closed; the definitions it needs are collected (by name, as source text) so the sandbox can run it.
 */
function closeOver(path: NodePath, scope: Scope, closure: Closure, depth: number): void {
  path.traverse({
    ThisExpression(inner) {
      if (!inner.getFunctionParent() || inner.getFunctionParent() === path.getFunctionParent()) closure.ok = false;
    },
    Identifier(inner) {
      if (!closure.ok || !inner.isReferencedIdentifier()) return;
      const name = inner.node.name;
      const binding = inner.scope.getBinding(name);
      if (!binding) {
        if (!PURE_GLOBALS.has(name)) closure.ok = false;
        return;
      }
      // Bound inside the expression itself (parameters and locals of the functions it contains).
      if (binding.path.isDescendant(path) || binding.path === path) return;
      if (closure.definitions.has(name)) return;
      if (depth >= MAX_DEFINITION_DEPTH || !binding.constant || scope.getBinding(name) !== binding) {
        closure.ok = false;
        return;
      }
      const definition = binding.path;
      if (definition.isVariableDeclarator() && definition.node.init) {
        closure.definitions.set(name, `var ${name} = ${generate(definition.node.init, { compact: true }).code};`);
        closeOver(definition.get('init') as NodePath, scope, closure, depth + 1);
      } else if (definition.isFunctionDeclaration()) {
        closure.definitions.set(name, generate(definition.node, { compact: true }).code);
        closeOver(definition, scope, closure, depth + 1);
      } else {
        closure.ok = false;
      }
    },
  });
  if (path.isIdentifier()) {
    // The argument is a bare name: traverse() does not visit the root itself.
    const binding = path.scope.getBinding(path.node.name);
    const init = binding?.path.isVariableDeclarator() ? binding.path.get('init') : null;
    if (!binding || !binding.constant || !init || !init.node || depth >= MAX_DEFINITION_DEPTH) {
      closure.ok = false;
      return;
    }
    closure.definitions.set(path.node.name, `var ${path.node.name} = ${generate(init.node as t.Node, { compact: true }).code};`);
    closeOver(init as NodePath, scope, closure, depth + 1);
  }
}

function evaluate(argument: NodePath<t.Expression>, context: StepContext): string | null {
  const sandbox = context.sandbox;
  if (!sandbox) return null;
  const closure: Closure = { definitions: new Map(), ok: true };
  closeOver(argument, argument.scope, closure, 0);
  if (!closure.ok) return null;
  // Definitions were found outermost first; the innermost must be defined first.
  const definitions = [...closure.definitions.values()].reverse().join('\n');
  const expression = argument.isIdentifier() ? argument.node.name : generate(argument.node, { compact: true }).code;
  return stringAfter(sandbox, definitions, expression);
}

/** Runs `setup` in the sandbox (with no random numbers) and returns `expression` as a string afterwards, or null. */
function stringAfter(sandbox: Sandbox, setup: string, expression: string): string | null {
  const outcome = sandbox.run(`${SANDBOX_PRELUDE}\n${NOT_CONSTANT}\n${setup}\nJSON.stringify([String(${expression})])`);
  if (outcome.status !== 'ok') return null;
  try {
    const [value] = JSON.parse(outcome.value) as [unknown];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Statements between a string's declaration and the sink that runs it, at most: builders are a loop or two. */
const MAX_BUILDER_STATEMENTS = 32;

/**
 * The value of a variable built by statements rather than by one expression:
 * `var k = [..], d = [..], s = ""; for (var i = 0; i < d.length; i++) s += String.fromCharCode(d[i] ^ k[i % k.length]); eval(s);`
 * The statements from the variable's declaration up to the one holding the sink, in the same block, are run in the
 * sandbox when they are closed: every name they use is declared among them or is one of the pure globals, and the
 * variable is written nowhere else. Nothing else of the script runs, so nothing of the page is reached.
 */
function builtString(argument: NodePath, context: StepContext): string | null {
  const sandbox = context.sandbox;
  if (!sandbox || !argument.isIdentifier()) return null;
  const name = argument.node.name;
  const binding = argument.scope.getBinding(name);
  if (!binding || binding.constant || (binding.kind !== 'var' && binding.kind !== 'let')) return null;
  const declaration = binding.path.parentPath;
  const block = declaration?.parentPath;
  if (!declaration?.isVariableDeclaration() || !block || !(block.isProgram() || block.isBlockStatement())) return null;
  const sinkStatement = argument.getStatementParent();
  if (!sinkStatement || sinkStatement.parentPath !== block) return null;
  const from = declaration.key as number;
  const to = sinkStatement.key as number;
  if (to <= from || to - from > MAX_BUILDER_STATEMENTS) return null;
  const statements = (block.get('body') as NodePath[]).slice(from, to);
  const inside = (path: NodePath): boolean => statements.some((statement) => path === statement || path.isDescendant(statement));
  if (!binding.constantViolations.every(inside)) return null;
  let closed = true;
  for (const statement of statements) {
    statement.traverse({
      ThisExpression() {
        closed = false;
      },
      Identifier(inner) {
        const parent = inner.parent;
        if ((t.isMemberExpression(parent) || t.isOptionalMemberExpression(parent)) && parent.property === inner.node && !parent.computed) return;
        if ((t.isObjectProperty(parent) || t.isObjectMethod(parent)) && parent.key === inner.node && !parent.computed) return;
        const own = inner.scope.getBinding(inner.node.name);
        if (own ? !inside(own.path) : !PURE_GLOBALS.has(inner.node.name)) closed = false;
      },
    });
    if (!closed) return null;
  }
  const code = statements.map((statement) => generate(statement.node, { compact: true }).code).join('\n');
  return stringAfter(sandbox, code, name);
}

/**
 * Computes the code handed to eval/Function/setTimeout/document.write when it is built from constants by code:
 * packers (`eval(function (p, a, c, k, e, d) {…}("…", 62, …))`), `eval(String.fromCharCode(...))` arithmetic,
 * XOR or custom-cipher loops over constant arrays (`eval(decode(key, data))`). The expression and the constant
 * definitions it uses are run in the sandbox (or, for a variable built by a loop, the statements that build it:
 * builtString); the string it yields replaces it, and unpack-code-strings then
 * unpacks that as a layer. Anything that reads the page is left as it is.
 */
export default defineStep({
  meta: { name: 'evaluate-code-strings', description: 'compute code strings built from constants (packers, char-code and XOR decoders) in the sandbox', safe: true, usesBindings: true },
  run(context) {
    if (!context.sandbox) return;
    traverse(context.ast, {
      'CallExpression|NewExpression'(path) {
        const node = path.node as t.CallExpression;
        const name = calleeName(node.callee);
        if (!name || !CODE_SINKS.has(name) || node.arguments.length === 0) return;
        const index = name.endsWith('Function') ? node.arguments.length - 1 : 0;
        const argument = path.get(`arguments.${index}`) as NodePath;
        if (!argument.isExpression() || t.isStringLiteral(argument.node) || t.isFunction(argument.node)) return;
        const text = generate(argument.node, { compact: true }).code;
        if (/^\(?function\s*\(p,a,c,k,e,[dr]\)/.test(text)) context.recognize('packer');
        const value = evaluate(argument, context) ?? builtString(argument, context);
        if (value === null) return;
        replaceKeepingLocation(argument, t.stringLiteral(value));
        context.changed();
      },
    });
  },
});
