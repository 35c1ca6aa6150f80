import { dottedName, unwrap, type Node } from '../ast.ts';
import { defineDetector } from './detector.ts';

const EVALUATORS = new Set(['eval', 'window.eval', 'Function', 'window.Function', 'setTimeout', 'setInterval', 'execScript']);
/** Text of an argument that shows where code came from: a response body or a decoding step. */
const REMOTE = /responseText|\.response\b|\.text\(\)|\.json\(\)|\bresponse\b|\bres\b/;
const DECODED = /atob|fromCharCode|charCodeAt|unescape|decodeURIComponent|\^|reverse\(\)|split\(/;

function isStringish(node: Node): boolean {
  return node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && !(node.type === 'Identifier' && false);
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
      // For identifiers, look at how they were defined.
      let origin = text;
      if (value.type === 'Identifier') {
        const binding = context.facts.bindingOf.get(value);
        for (const def of binding?.defs ?? []) if (def.value) origin += ' ' + context.source.slice(def.value.start, Math.min(def.value.end, def.value.start + 300));
      }
      if (REMOTE.test(origin)) hits.push({ node, severity: 'high', message: `${name}() runs code taken from a network response: ${text.slice(0, 80)}` });
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
