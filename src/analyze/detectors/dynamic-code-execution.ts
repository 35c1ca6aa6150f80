import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { iifeArgumentOf } from '../dataflow/constants.ts';
import { originOf } from '../dataflow/origin.ts';
import { callsThroughLocals, canonicalName } from '../dataflow/sinks.ts';
import { inWalkOrder, type ProgramFacts } from '../dataflow/facts.ts';
import { defineDetector, visitNamed } from './detector.ts';

const EVALUATORS = new Set(['eval', 'window.eval', 'Function', 'window.Function', 'setTimeout', 'setInterval', 'execScript']);
/** The last names of every callee evaluatorName can recognise, except a local variable holding eval or Function. */
const RUNNER_NAMES = ['eval', 'Function', 'setTimeout', 'setInterval', 'execScript', 'constructor'];
/** Text of an argument that shows where code came from: a response body or a decoding step. */
const REMOTE = /responseText|\.response\b|\.text\(\)|\.json\(\)/;
const DECODED = /atob|fromCharCode|charCodeAt|unescape|decodeURIComponent|reverse\(\)/;
/** A callback (function, arrow, bound method) is code already, not text being turned into code. */
const CALLBACK = /function\s*\(|=>|\.bind\(/;

/** A string literal this long, with no spaces, fed through code into eval is a packed payload. */
const LONG_OPAQUE_STRING = /["'`](?:[A-Za-z0-9+/=]{160,}|(?:\\x[0-9a-fA-F]{2}){40,})/;

/** Whether `node` is the global object: `this` at the top level, handed to an IIFE as `(function (g) {…})(this)`. */
function isGlobalObject(node: Node, facts: ProgramFacts): boolean {
  const target = unwrap(node);
  if (target.type === 'Identifier') {
    const binding = facts.bindingOf.get(target);
    const def = binding && !binding.global && binding.defs.length === 1 ? binding.defs[0] : undefined;
    const argument = def?.via === 'param' ? iifeArgumentOf(def) : null;
    return !!argument && isGlobalObject(argument, facts);
  }
  if (target.type !== 'ThisExpression') return false;
  for (let parent = target.parent as Node | null; parent; parent = parent.parent as Node | null) {
    if (parent.type === 'FunctionExpression' || parent.type === 'FunctionDeclaration' || parent.type === 'ClassBody') return false;
  }
  return true;
}

/**
 * The code-running function a call invokes: eval, Function, setTimeout/setInterval, also on the global object
 * reached through `this` (`g["setTimeout"](code)`), and `anything.filter.constructor(code)` (a function's
 * constructor is Function).
 */
function evaluatorName(call: Node, facts: ProgramFacts): string | null {
  const name = dottedName(call.callee);
  if (name && EVALUATORS.has(name)) return name;
  const callee = unwrap(call.callee);
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : null;
  // `var e = w["ev" + "al"]; e(t)`: a saved reference to eval or Function on whatever object holds it. Only a
  // local identifier or a member named eval/Function can spell one (checked first: this runs for every call).
  const mayBeSaved = callee.type === 'Identifier' ? facts.bindingOf.get(callee)?.global === false : method === 'eval' || method === 'Function';
  const spelled = mayBeSaved ? canonicalName(call.callee, facts) : null;
  if (spelled && spelled !== name && /(?:^|\.)(?:eval|Function)$/.test(spelled)) return spelled;
  if (callee.type !== 'MemberExpression') return null;
  if (method === 'constructor' && unwrap(callee.object).type === 'MemberExpression') return 'Function';
  if (method && EVALUATORS.has(method) && isGlobalObject(callee.object, facts)) return `window.${method}`;
  return null;
}

/** A function passed to setTimeout is code already, not a string being turned into code. */
function isStringish(node: Node): boolean {
  return node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression';
}

// Code that is fetched or decoded at run time and then evaluated: the shape of loaders and packed payloads.
export default defineDetector({
  meta: { id: 'dynamic-code-execution', classes: ['malware'], severity: 'high', description: 'remote or decoded text is run as code' },
  create(context) {
    const hits: { node: Node; severity: 'low' | 'medium' | 'high'; message: string }[] = [];
    const inspect = (node: Node, name: string): void => {
      const argument = (node.arguments as Node[])[name.endsWith('Function') ? (node.arguments as Node[]).length - 1 : 0];
      if (!argument || !isStringish(unwrap(argument))) return;
      const value = unwrap(argument);
      if (value.type === 'Literal') return; // constant code is unpacked and analysed as a nested layer
      if (value.type === 'Identifier' && (name === 'setTimeout' || name === 'setInterval')) {
        const binding = context.facts.bindingOf.get(value);
        if (binding?.defs.some((def) => def.via === 'function' || (def.value && /Function/.test(def.value.type)))) return;
      }
      const text = context.source.slice(argument.start, Math.min(argument.end, argument.start + 300));
      if ((name.includes('setTimeout') || name.includes('setInterval')) && CALLBACK.test(text)) return;
      const traced = originOf(value, context.facts, context.source);
      // `setTimeout(cb, 0)` where `cb` receives a function at its call sites is a callback, not code text
      if (traced.callable && (name.includes('setTimeout') || name.includes('setInterval'))) return;
      const origin = traced.text;
      if (LONG_OPAQUE_STRING.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs code computed from a long encoded string: ${text.slice(0, 80)}` });
      else if (REMOTE.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs code taken from a network response: ${text.slice(0, 80)}` });
      else if (DECODED.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs decoded text: ${text.slice(0, 80)}` });
      else if (name === 'eval' || name === 'window.eval') hits.push({ node, severity: 'low', message: `eval() of a computed string: ${text.slice(0, 80)}` });
    };
    // Calls named like a code runner, and calls through a local holding eval or Function (`var e = w.eval; e(t)`),
    // found from the places that name them: resolving every call of a bundle was most of this detector's cost.
    const named: Node[] = [];
    const constructed: Node[] = [];
    return {
      ...visitNamed('CallExpression', RUNNER_NAMES, (node) => { named.push(node); }),
      ...visitNamed('NewExpression', ['Function'], (node) => { constructed.push(node); }),
      finish() {
        const facts = context.facts;
        const origins = [...(facts.membersByName.get('eval') ?? []), ...(facts.membersByName.get('Function') ?? []), ...(facts.globals.get('eval')?.refs ?? []), ...(facts.globals.get('Function')?.refs ?? [])];
        const saved = callsThroughLocals(facts, origins).filter((call) => call.type === 'CallExpression');
        const calls = saved.length === 0 ? named : inWalkOrder(named, saved);
        for (const node of calls) {
          const name = evaluatorName(node, facts);
          if (name) inspect(node, name);
        }
        for (const node of constructed) {
          const name = dottedName(node.callee);
          if (name === 'Function' || name === 'window.Function') inspect(node, name);
        }
        const order = { high: 0, medium: 1, low: 2 };
        hits.sort((a, b) => order[a.severity] - order[b.severity]);
        const first = hits[0];
        if (first) context.report(first);
      },
    };
  },
});
