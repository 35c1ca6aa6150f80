import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { constantPrefix, hostOf } from '../dataflow/constants.ts';
import { originOf } from '../dataflow/origin.ts';
import { constructedAs, LOCATION_NAMES } from '../dataflow/sinks.ts';
import { defineDetector, visitNamed } from './detector.ts';

const GATE_PROPERTIES = new Set(['referrer', 'userAgent', 'platform', 'webdriver', 'cookie', 'language', 'languages', 'maxTouchPoints', 'timeZone', 'colorDepth', 'width']);
// Checks on who is visiting: traffic distribution systems fingerprint the visitor (language, time zone, screen,
// automation flag) and only send real, targeted visitors on.
const GATES = /^(?:(?:window\.)?(?:document\.referrer|navigator\.(?:userAgent|platform|webdriver|language|languages|maxTouchPoints)|document\.cookie|screen\.(?:width|colorDepth))|.*\.resolvedOptions\(\)\.timeZone)$/;
const AUTOMATION_MARKERS = /^(?:__nightmare|_phantom|callPhantom|__selenium_\w*|_selenium|domAutomation\w*|__webdriver_\w*|__driver_evaluate|HeadlessChrome|cdc_\w+)$/;
/** Text showing that a redirect target was read from a server's answer. */
const FROM_RESPONSE = /responseText|\.response\b|\.json\(\)|\.text\(\)|JSON\.parse/;

// Injected redirectors send visitors (often only those arriving from search engines, on mobile, once per cookie)
// to scam or malware landing pages.
export default defineDetector({
  meta: { id: 'drive-by-redirect', classes: ['malware'], severity: 'high', description: 'the page is sent to a hard-coded external URL, typically after checks on referrer, user agent or cookies' },
  create(context) {
    const redirects: { node: Node; host: string }[] = [];
    const remote: Node[] = [];
    let jsonp = false;
    const gates = new Set<string>();
    let metaRefresh: Node | null = null;
    const consider = (node: Node, target: Node | undefined, refresh = false): void => {
      const prefix = constantPrefix(target, context.facts);
      // a meta refresh's content is `0;url=<target>`
      const host = hostOf(refresh ? (prefix ?? '').replace(/^\s*\d*\s*;?\s*url\s*=\s*/i, '') : prefix);
      if (host) redirects.push({ node, host });
      else if (target) {
        // JSONP: `window[cb] = function (d) { location.replace(d.u); }` is called by a script the server sends
        const origin = originOf(target, context.facts, context.source);
        if (origin.jsonp || FROM_RESPONSE.test(origin.text)) remote.push(node);
        jsonp ||= origin.jsonp;
      }
    };
    return {
      ...visitNamed('MemberExpression', GATE_PROPERTIES, (node) => {
        if (node.computed) return;
        const name = dottedName(node);
        if (name && GATES.test(name)) gates.add(name.replace(/^window\./, ''));
      }),
      ...visitNamed('AssignmentExpression', ['location', 'href', 'content'], (node) => {
        const name = dottedName(node.left);
        if (name && LOCATION_NAMES.test(name)) consider(node, node.right);
        // `meta.httpEquiv = "refresh"; meta.content = "0;url=" + target` on a created <meta>
        const left = unwrap(node.left);
        if (left.type === 'MemberExpression' && propertyName(left) === 'content' && constructedAs(left.object, context.facts)?.kind === 'meta') {
          consider(node, node.right, true);
        }
      }),
      ...visitNamed('CallExpression', ['open', 'replace', 'assign'], (node) => {
        const callee = unwrap(node.callee);
        const name = dottedName(callee) ?? '';
        const args = node.arguments as Node[];
        if (name === 'window.open' || name === 'open') consider(node, args[0]);
        if (callee.type === 'MemberExpression' && ['replace', 'assign'].includes(propertyName(callee) ?? '') && /location$/.test(dottedName(callee.object) ?? '')) consider(node, args[0]);
      }),
      Literal(node) {
        if (typeof node.value !== 'string') return;
        if (!metaRefresh && /http-equiv\s*=\s*["']?refresh/i.test(node.value)) metaRefresh = node;
        // Globals that headless browsers and automation drivers leave behind: cloakers test for them to hide from scanners
        if (AUTOMATION_MARKERS.test(node.value)) gates.add('automation markers');
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
          const gated = gates.has('navigator.webdriver') || gates.has('document.cookie') || gates.has('automation markers');
          // A JSONP callback hands the navigation to whatever script the remote host serves (the TDS pattern);
          // payment redirects read a JSON answer instead.
          context.report({
            node: remote[0],
            severity: gated || jsonp ? 'medium' : 'low',
            message: `redirect to an address a remote ${jsonp ? 'script passes to a global callback' : 'server returns'}${gates.size > 0 ? `, after checking ${[...gates].join(', ')}` : ''}`,
          });
        } else if (metaRefresh) {
          context.report({ node: metaRefresh, severity: 'medium', message: 'injects a meta refresh redirect' });
        }
      },
    };
  },
});
