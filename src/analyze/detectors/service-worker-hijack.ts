import { dottedName, type Node } from '../ast.ts';
import { constantPrefix, hostOf } from '../dataflow/constants.ts';
import { defineDetector } from './detector.ts';
import { enclosingFunctions, triggerOf } from './helpers.ts';

/**
 * A service worker that answers the site's own page loads with a redirect. Once registered it outlives the
 * injected page script and every later visit goes through it, so push-ad networks and hijackers use it to send a
 * share of navigations to their landing pages. Offline-first workers serve cached pages or the network's answer;
 * a redirect they make stays on the site (`/login`), which is not reported.
 */
export default defineDetector({
  meta: { id: 'service-worker-hijack', classes: ['malware'], severity: 'high', description: "a service worker's fetch handler answers requests with a redirect off the site" },
  create(context) {
    let found: { node: Node; host: string | null } | null = null;
    return {
      'CallExpression:redirect'(node) {
        if (found || dottedName(node.callee as Node) !== 'Response.redirect') return;
        const prefix = constantPrefix((node.arguments as Node[])[0], context.facts);
        // a constant path on the site itself is an ordinary route change
        if (prefix !== null && prefix.startsWith('/') && !prefix.startsWith('//')) return;
        if (enclosingFunctions(node, context.facts).some((fn) => triggerOf(fn) === 'fetch')) found = { node, host: hostOf(prefix) };
      },
      finish() {
        if (!found) return;
        context.report({ node: found.node, message: `the service worker's fetch handler redirects requests${found.host ? ` to ${found.host}` : ' to a URL chosen at run time'}` });
      },
    };
  },
});
