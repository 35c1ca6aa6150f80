import { isStringLiteral, propertyName, unwrap, type Node } from '../ast.ts';
import { constantPrefix, hostOf, textShape } from '../dataflow/constants.ts';
import { constructedAs } from '../dataflow/sinks.ts';
import { defineDetector, visitNamed } from './detector.ts';

const SCRIPT_MARKUP = /<script[^>]*\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/i;

// Second stages: a loader adds a <script> from a host it names, so the real payload never sits in the page.
export default defineDetector({
  // Low by itself: every tag manager and SDK loader does this; it matters next to gating, evasion or exfiltration.
  meta: { id: 'remote-script-injection', classes: ['malware', 'magecart'], severity: 'low', description: 'a script element from a hard-coded external host is added to the page' },
  create(context) {
    const hits: { node: Node; message: string }[] = [];
    return {
      ...visitNamed('AssignmentExpression', ['src'], (node) => {
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression') return;
        if (constructedAs(left.object, context.facts)?.kind !== 'script') return;
        const host = hostOf(constantPrefix(node.right, context.facts));
        if (host) hits.push({ node, message: `script element loads code from ${host}` });
      }),
      ...visitNamed('CallExpression', ['setAttribute', 'write', 'writeln', 'insertAdjacentHTML'], (node) => {
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        const args = node.arguments as Node[];
        if (method === 'setAttribute' && isStringLiteral(args[0]) && args[0].value === 'src' && constructedAs(callee.object, context.facts)?.kind === 'script') {
          const host = hostOf(constantPrefix(args[1], context.facts));
          if (host) hits.push({ node, message: `script element loads code from ${host}` });
        }
        if ((method === 'write' || method === 'writeln' || method === 'insertAdjacentHTML') && args[0]) {
          const text = textShape(args[args.length - 1], context.facts);
          const match = SCRIPT_MARKUP.exec(text);
          if (match) hits.push({ node, message: `document.write adds a script from ${hostOf(match[1] as string) ?? match[1]}` });
        }
      }),
      finish() {
        const first = hits[0];
        if (first) context.report(first);
      },
    };
  },
});
