import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { constantPrefix, hostOf } from '../dataflow/constants.ts';
import { LOCATION_NAMES } from '../dataflow/sinks.ts';
import { defineDetector } from './detector.ts';

const GATE_PROPERTIES = new Set(['referrer', 'userAgent', 'platform', 'webdriver', 'cookie', 'language', 'languages', 'maxTouchPoints', 'timeZone', 'colorDepth', 'width']);
// Checks on who is visiting: traffic distribution systems fingerprint the visitor (language, time zone, screen,
// automation flag) and only send real, targeted visitors on.
const GATES = /^(?:(?:window\.)?(?:document\.referrer|navigator\.(?:userAgent|platform|webdriver|language|languages|maxTouchPoints)|document\.cookie|screen\.(?:width|colorDepth))|.*\.resolvedOptions\(\)\.timeZone)$/;
/** Text showing that a redirect target was read from a server's answer. */
const FROM_RESPONSE = /responseText|\.response\b|\.json\(\)|\.text\(\)|JSON\.parse/;

// Injected redirectors send visitors (often only those arriving from search engines, on mobile, once per cookie)
// to scam or malware landing pages.
export default defineDetector({
  meta: { id: 'drive-by-redirect', classes: ['malware'], severity: 'high', description: 'the page is sent to a hard-coded external URL, typically after checks on referrer, user agent or cookies' },
  create(context) {
    const redirects: { node: Node; host: string }[] = [];
    const remote: Node[] = [];
    const gates = new Set<string>();
    let metaRefresh: Node | null = null;
    const consider = (node: Node, target: Node | undefined): void => {
      const host = hostOf(constantPrefix(target, context.facts));
      if (host) redirects.push({ node, host });
      else if (target && FROM_RESPONSE.test(definitionText(target))) remote.push(node);
    };
    // The expression and, two levels deep, the definitions of the variables it reads (`u` where `u = t.trim()` and
    // `t` is the argument of a `.then` callback).
    const definitionText = (target: Node, depth = 0): string => {
      let root = unwrap(target);
      while (root.type === 'MemberExpression' || (root.type === 'CallExpression' && root.callee.type === 'MemberExpression')) {
        root = unwrap(root.type === 'MemberExpression' ? root.object : root.callee.object);
      }
      let text = context.source.slice(target.start, Math.min(target.end, target.start + 200));
      const binding = root.type === 'Identifier' ? context.facts.bindingOf.get(root) : undefined;
      for (const def of binding?.defs ?? []) {
        const then = def.via === 'param' && def.fn?.parent?.type === 'CallExpression' && def.fn.parent.callee.type === 'MemberExpression' &&
          propertyName(def.fn.parent.callee) === 'then';
        if (then) text += ' .json()';
        // JSONP: `window.cb = function (d) { location.href = d.u; }` is called by a script the server sends
        const holder = def.via === 'param' ? (def.fn?.parent as Node | undefined) : undefined;
        if (holder?.type === 'AssignmentExpression' && /^(?:window|self|globalThis)\./.test(dottedName(holder.left) ?? '')) text += ' .json()';
        if (def.value && depth < 2) text += ' ' + definitionText(def.value, depth + 1);
      }
      return text;
    };
    return {
      MemberExpression(node) {
        if (node.computed || !GATE_PROPERTIES.has(propertyName(node) ?? '')) return;
        const name = dottedName(node);
        if (name && GATES.test(name)) gates.add(name.replace(/^window\./, ''));
      },
      AssignmentExpression(node) {
        const name = dottedName(node.left);
        if (name && LOCATION_NAMES.test(name)) consider(node, node.right);
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
        } else if (remote[0]) {
          // Payment redirects (3-D Secure) also follow a server's answer after collecting browser details; what
          // they do not do is hide from automation or fire once per visitor.
          const gated = gates.has('navigator.webdriver') || gates.has('document.cookie');
          context.report({
            node: remote[0],
            severity: gated ? 'medium' : 'low',
            message: `redirect to an address a remote server returns${gated ? `, after checking ${[...gates].join(', ')}` : ''}`,
          });
        } else if (metaRefresh) {
          context.report({ node: metaRefresh, severity: 'medium', message: 'injects a meta refresh redirect' });
        }
      },
    };
  },
});
