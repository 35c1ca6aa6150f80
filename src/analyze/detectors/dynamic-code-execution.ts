import { dottedName, unwrap, walk, type Node } from '../ast.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';
import { defineDetector } from './detector.ts';

const EVALUATORS = new Set(['eval', 'window.eval', 'Function', 'window.Function', 'setTimeout', 'setInterval', 'execScript']);
/** Text of an argument that shows where code came from: a response body or a decoding step. */
const REMOTE = /responseText|\.response\b|\.text\(\)|\.json\(\)|\bresponse\b|\bres\b/;
const DECODED = /atob|fromCharCode|charCodeAt|unescape|decodeURIComponent|reverse\(\)/;
/** A callback (function, arrow, bound method) is code already, not text being turned into code. */
const CALLBACK = /function\s*\(|=>|\.bind\(/;

/** How much source text is gathered when tracing where an evaluated string comes from. */
const MAX_ORIGIN_TEXT = 3000;
/** A string literal this long, with no spaces, fed through code into eval is a packed payload. */
const LONG_OPAQUE_STRING = /["'`](?:[A-Za-z0-9+/=]{160,}|(?:\\x[0-9a-fA-F]{2}){40,})/;

/**
 * Source text that produced `node`: the expression itself, the definitions of variables it uses, and the bodies of
 * local functions it calls (two levels), e.g. `Function(decode(ENC, 7))` includes `decode` and `ENC`.
 */
function originText(node: Node, facts: ProgramFacts, source: string): string {
  let text = '';
  const seen = new Set<Node>();
  const visit = (current: Node, depth: number): void => {
    if (depth > 2 || seen.has(current) || text.length > MAX_ORIGIN_TEXT) return;
    seen.add(current);
    text += ' ' + source.slice(current.start, Math.min(current.end, current.start + 600));
    const identifiers: Node[] = [];
    walk(current, (child) => { if (child.type === 'Identifier' && identifiers.length < 20) identifiers.push(child); });
    for (const id of identifiers) {
      for (const def of facts.bindingOf.get(id)?.defs ?? []) if (def.value) visit(def.value, depth + 1);
    }
  };
  visit(node, 0);
  return text;
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
      const origin = originText(value, context.facts, context.source);
      if (LONG_OPAQUE_STRING.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs code computed from a long encoded string: ${text.slice(0, 80)}` });
      else if (REMOTE.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs code taken from a network response: ${text.slice(0, 80)}` });
      else if (DECODED.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs decoded text: ${text.slice(0, 80)}` });
      else if (name === 'eval' || name === 'window.eval') hits.push({ node, severity: 'low', message: `eval() of a computed string: ${text.slice(0, 80)}` });
    };
    return {
      CallExpression(node) {
        const name = dottedName(node.callee);
        if (name && EVALUATORS.has(name)) inspect(node, name);
      },
      NewExpression(node) {
        const name = dottedName(node.callee);
        if (name === 'Function' || name === 'window.Function') inspect(node, name);
      },
      finish() {
        const order = { high: 0, medium: 1, low: 2 };
        hits.sort((a, b) => order[a.severity] - order[b.severity]);
        const first = hits[0];
        if (first) context.report(first);
      },
    };
  },
});
