import { isStringLiteral, propertyName, unwrap, type Node } from '../ast.ts';
import { constructedAs } from '../dataflow/sinks.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';
import { hostOf, possibleHosts, textShape } from '../dataflow/constants.ts';
import { defineDetector, visitNamed } from './detector.ts';
import { stringValue } from './helpers.ts';

const HIDDEN_MARKUP = /<iframe[^>]*(?:width\s*=\s*["']?[01]["'\s>]|height\s*=\s*["']?[01]["'\s>]|display\s*:\s*none|visibility\s*:\s*hidden|left\s*:\s*-\d{3,})/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|-\d{3,}px|^\s*[01](?:px)?\s*$|^hidden$|^none$/i;

/**
 * The outside host a created frame loads: from `frame.src = …` or `frame.setAttribute("src", …)`, when every value
 * the address can take names one (a constant URL, a pick from a constant list, a helper's argument).
 */
function hostOfSrcWrite(element: Node, facts: ProgramFacts): string | null {
  const binding = element.type === 'Identifier' ? facts.bindingOf.get(element) : undefined;
  for (const ref of binding?.refs ?? []) {
    const member = ref.parent as Node | null;
    if (member?.type !== 'MemberExpression' || member.object !== ref) continue;
    const use = member.parent as Node | null;
    let value: Node | null = null;
    if (propertyName(member) === 'src' && use?.type === 'AssignmentExpression' && use.left === member) value = use.right as Node;
    if (propertyName(member) === 'setAttribute' && use?.type === 'CallExpression' && use.callee === member) {
      const [name, given] = use.arguments as Node[];
      if (isStringLiteral(name) && name.value === 'src' && given) value = given;
    }
    const hosts = possibleHosts(value, facts);
    if (hosts.length > 0) return [...new Set(hosts)].join(' or ');
  }
  return null;
}

// Invisible frames load exploit kits and ad fraud without anything showing on the page.
export default defineDetector({
  meta: { id: 'hidden-iframe', classes: ['malware'], severity: 'high', description: 'an invisible iframe is injected into the page' },
  create(context) {
    const externalSource = (element: Node): string | null => hostOfSrcWrite(element, context.facts);
    let found: { node: Node; message: string; element?: Node; host?: string | null } | null = null;
    const checkMarkup = (node: Node, markup: string): void => {
      if (!HIDDEN_MARKUP.test(markup)) return;
      const src = /<iframe[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(markup);
      found = { node, message: `markup with a hidden iframe: ${markup.slice(0, 120)}`, host: hostOf(src?.[1] ?? null) };
    };
    return {
      ...visitNamed('CallExpression', ['write', 'writeln', 'insertAdjacentHTML', 'setAttribute'], (node) => {
        if (found) return;
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        const args = node.arguments as Node[];
        if (method === 'write' || method === 'writeln' || method === 'insertAdjacentHTML') {
          checkMarkup(node, textShape(args[args.length - 1], context.facts));
          return;
        }
        const [name, value] = args; // setAttribute
        if (!isStringLiteral(name) || !['width', 'height', 'style', 'hidden'].includes(name.value)) return;
        const text = stringValue(value) ?? '';
        if (!(HIDDEN_STYLE.test(text) || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(text))) return;
        if (constructedAs(callee.object, context.facts)?.kind === 'iframe') found = { node, message: `created iframe is hidden (${name.value}=${text})`, element: unwrap(callee.object) };
      }),
      ...visitNamed('AssignmentExpression', ['innerHTML', 'outerHTML', 'width', 'height', 'display', 'visibility', 'left', 'top', 'cssText'], (node) => {
        if (found) return;
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression') return;
        const property = propertyName(left);
        if (property === 'innerHTML' || property === 'outerHTML') {
          checkMarkup(node, textShape(node.right, context.facts));
          return;
        }
        const value = stringValue(node.right) ?? (node.right.type === 'Literal' ? String(node.right.value) : null);
        if (value === null || !HIDDEN_STYLE.test(value)) return;
        let element = unwrap(left.object);
        if (element.type === 'MemberExpression' && propertyName(element) === 'style') element = unwrap(element.object);
        if (constructedAs(element, context.facts)?.kind === 'iframe') found = { node, message: `created iframe is hidden (${property} = ${value})`, element };
      }),
      finish() {
        if (!found) return;
        if (!found.element) {
          context.report({ node: found.node, severity: found.host ? 'high' : 'low', message: found.message });
          return;
        }
        // Libraries hide helper frames too (history shims, recorders, SDK channels); what marks an injector is a
        // hidden frame pointed at a host named in the code.
        const host = externalSource(found.element);
        context.report({ node: found.node, severity: host ? 'high' : 'low', message: host ? `${found.message}, loading ${host}` : found.message });
      },
    };
  },
});
