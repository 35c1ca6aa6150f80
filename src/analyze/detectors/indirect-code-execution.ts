import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { constantValue } from '../dataflow/constants.ts';
import { inWalkOrder, type ProgramFacts } from '../dataflow/facts.ts';
import { originOf } from '../dataflow/origin.ts';
import { callsThroughLocals, constructedAs } from '../dataflow/sinks.ts';
import { defineDetector, visitNamed } from './detector.ts';

/** Where run code came from, read off the traced origin's text (the same evidence dynamic-code-execution uses). */
const LONG_OPAQUE_STRING = /["'`](?:[A-Za-z0-9+/=]{160,}|(?:\\x[0-9a-fA-F]{2}){40,})|\[(?:\s*\d{1,3}\s*,){120,}/;
const REMOTE = /responseText|\.response\b|\.text\(\)|\.json\(\)|\.arrayBuffer\(\)|readAsBinaryString|readAsText/;
const DECODED = /atob|fromCharCode|charCodeAt|unescape|decodeURIComponent|reverse\(\)|parseInt\([^)]*,\s*16\)/;

/** `$("<script>")`, `jQuery("<script type='text/javascript'/>")`: a script element made by jQuery. */
const SCRIPT_TAG = /^\s*<script\b/i;
const JQUERY = new Set(['$', 'jQuery', 'window.$', 'window.jQuery']);
/** Chained jQuery calls followed down to the one that made the element. */
const MAX_CHAIN = 8;

/**
 * The Function constructor reached without naming it: `Object.getPrototypeOf(function () {}).constructor`,
 * `(async () => {}).constructor`, or a variable holding either. Loaders use it because scanners look for `Function(`
 * and `eval(`. (`a.b.constructor(code)` written out is dynamic-code-execution's.)
 */
function isReachedConstructor(callee: Node, facts: ProgramFacts, depth = 0): boolean {
  const node = unwrap(callee);
  if (node.type === 'Identifier' && depth < 2) {
    const binding = facts.bindingOf.get(node);
    const value = binding && !binding.global && binding.defs.length === 1 ? binding.defs[0]?.value : null;
    return !!value && isReachedConstructor(value, facts, depth + 1);
  }
  if (node.type !== 'MemberExpression' || propertyName(node) !== 'constructor') return false;
  const object = unwrap(node.object as Node);
  if (/Function/.test(object.type)) return true;
  if (object.type !== 'CallExpression') return false;
  const name = dottedName(object.callee as Node);
  return (name === 'Object.getPrototypeOf' || name === 'Reflect.getPrototypeOf') && /Function/.test(unwrap((object.arguments as Node[])[0] ?? object).type);
}

/** The jQuery call at the root of a method chain (`$("<script>").attr(…).text(code)`), when it makes a script element. */
function isJQueryScript(member: Node, facts: ProgramFacts): boolean {
  let current = unwrap(member.object as Node);
  for (let step = 0; step < MAX_CHAIN && current.type === 'CallExpression'; step++) {
    const callee = unwrap(current.callee as Node);
    if (JQUERY.has(dottedName(callee) ?? '')) return SCRIPT_TAG.test(constantValue((current.arguments as Node[])[0], facts) ?? '');
    if (callee.type !== 'MemberExpression') return false;
    current = unwrap(callee.object as Node);
  }
  return false;
}

// Code run through a side door: the Function constructor reached through a prototype, or a script element whose
// text is set at run time. Loaders that hide a skimmer in an image, icon or socket message run the extracted
// text this way; what gives them away is that the text was fetched or decoded just before.
export default defineDetector({
  meta: { id: 'indirect-code-execution', classes: ['malware'], severity: 'high', description: 'fetched or decoded text is run through a hidden Function constructor or an injected script element' },
  create(context) {
    type Hit = { node: Node; code: Node; how: string };
    const callOrNew = (node: Node, into: Hit[]): void => {
      const args = node.arguments as Node[];
      if (args.length > 0 && isReachedConstructor(node.callee as Node, context.facts)) into.push({ node, code: args[args.length - 1] as Node, how: 'the Function constructor reached through a prototype' });
    };
    // Candidates come from the names involved (`.constructor`, the jQuery setters, and locals holding a
    // `.constructor`) rather than from every call of a bundle.
    const namedCalls: Node[] = [];
    const namedNews: Node[] = [];
    const assignmentHits: Hit[] = [];
    return {
      ...visitNamed('CallExpression', ['constructor', 'text', 'html', 'append'], (node) => { namedCalls.push(node); }),
      ...visitNamed('NewExpression', ['constructor'], (node) => { namedNews.push(node); }),
      ...visitNamed('AssignmentExpression', ['text', 'textContent', 'innerHTML', 'innerText'], (node) => {
        const left = unwrap(node.left as Node);
        if (left.type !== 'MemberExpression') return;
        if (constructedAs(left.object as Node, context.facts)?.kind === 'script') assignmentHits.push({ node, code: node.right as Node, how: 'an injected script element' });
      }),
      finish() {
        const saved = callsThroughLocals(context.facts, context.facts.membersByName.get('constructor') ?? []);
        const withSaved = (named: Node[], type: string): Node[] => {
          const more = saved.filter((node) => node.type === type);
          return more.length === 0 ? named : inWalkOrder(named, more);
        };
        const callHits: Hit[] = [];
        for (const node of withSaved(namedCalls, 'CallExpression')) {
          callOrNew(node, callHits);
          const callee = unwrap(node.callee as Node);
          const method = callee.type === 'MemberExpression' ? propertyName(callee) : null;
          const code = (node.arguments as Node[])[0];
          if ((method === 'text' || method === 'html' || method === 'append') && code && isJQueryScript(callee, context.facts)) callHits.push({ node, code, how: 'a jQuery-made script element' });
        }
        const newHits: Hit[] = [];
        for (const node of withSaved(namedNews, 'NewExpression')) callOrNew(node, newHits);
        const hits = [...callHits, ...assignmentHits, ...newHits];
        let best: { node: Node; severity: 'medium' | 'high'; message: string } | null = null;
        for (const hit of hits.slice(0, 8)) {
          const value = unwrap(hit.code);
          // constant code is unpacked and analysed as a nested layer by the pipeline
          if (value.type === 'Literal' || constantValue(value, context.facts) !== null) continue;
          const origin = originOf(value, context.facts, context.source).text;
          const shown = context.source.slice(hit.code.start, Math.min(hit.code.end, hit.code.start + 60));
          if (LONG_OPAQUE_STRING.test(origin)) best = { node: hit.node, severity: 'high', message: `${hit.how} runs code computed from a long encoded string: ${shown}` };
          else if (REMOTE.test(origin)) best = { node: hit.node, severity: 'high', message: `${hit.how} runs code taken from a network response: ${shown}` };
          else if (DECODED.test(origin) && !best) best = { node: hit.node, severity: 'medium', message: `${hit.how} runs decoded text: ${shown}` };
          if (best?.severity === 'high') break;
        }
        if (best) context.report(best);
      },
    };
  },
});
