import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { constantPrefix, hostOf } from '../dataflow/constants.ts';
import { defineDetector } from './detector.ts';

const LOCATION_TARGET = /^(?:(?:window|self|top|parent|document)\.)?location(?:\.href)?$/;
const GATE_PROPERTIES = new Set(['referrer', 'userAgent', 'platform', 'webdriver', 'cookie']);
const GATES = /^(?:document\.referrer|navigator\.userAgent|navigator\.platform|navigator\.webdriver|document\.cookie|window\.navigator\.userAgent)$/;

// Injected redirectors send visitors (often only those arriving from search engines, on mobile, once per cookie)
// to scam or malware landing pages.
export default defineDetector({
  meta: { id: 'drive-by-redirect', classes: ['malware'], severity: 'high', description: 'the page is sent to a hard-coded external URL, typically after checks on referrer, user agent or cookies' },
  create(context) {
    const redirects: { node: Node; host: string }[] = [];
    const gates = new Set<string>();
    let metaRefresh: Node | null = null;
    const consider = (node: Node, target: Node | undefined): void => {
      const host = hostOf(constantPrefix(target, context.facts));
      if (host) redirects.push({ node, host });
    };
    return {
      MemberExpression(node) {
        if (node.computed || !GATE_PROPERTIES.has(node.property.name as string)) return;
        const name = dottedName(node);
        if (name && GATES.test(name)) gates.add(name.replace(/^window\./, ''));
      },
      AssignmentExpression(node) {
        const name = dottedName(node.left);
        if (name && LOCATION_TARGET.test(name)) consider(node, node.right);
      },
      CallExpression(node) {
        const callee = unwrap(node.callee);
        const name = dottedName(callee) ?? '';
        const args = node.arguments as Node[];
        if (name === 'window.open' || name === 'open') consider(node, args[0]);
        if (callee.type === 'MemberExpression' && ['replace', 'assign'].includes(propertyName(callee) ?? '') && /location$/.test(dottedName(callee.object) ?? '')) consider(node, args[0]);
      },
      Literal(node) {
        if (!metaRefresh && typeof node.value === 'string' && /http-equiv\s*=\s*["']?refresh/i.test(node.value)) metaRefresh = node;
      },
      finish() {
        const first = redirects[0];
        if (first) {
          const gated = gates.size > 0;
          context.report({
            node: first.node,
            severity: gated ? 'high' : 'medium',
            message: `redirect to ${first.host}${gated ? ` after checking ${[...gates].join(', ')}` : ''}`,
          });
        } else if (metaRefresh) {
          context.report({ node: metaRefresh, severity: 'medium', message: 'injects a meta refresh redirect' });
        }
      },
    };
  },
});
