import { dottedName, isStringLiteral, propertyName, unwrap, type Node } from '../ast.ts';
import { canonicalName, sinkForArgument, sinkForAssignment } from '../dataflow/sinks.ts';
import { defineDetector, visitNamed } from './detector.ts';

/** The page's own request functions; replacing them lets a script read every request, card payloads included. */
const HOOKED = /^(?:(?:window|self|globalThis)\.)?(?:XMLHttpRequest\.prototype\.(?:open|send|setRequestHeader)|fetch|navigator\.sendBeacon)$/;
const HOOK_TARGETS = /^(?:(?:window|self|globalThis)|XMLHttpRequest\.prototype|navigator)$/;
const HOOK_NAMES = new Set(['fetch', 'send', 'open', 'sendBeacon', 'setRequestHeader']);
const JQUERY_HOOKS = new Set(['ajaxSend', 'ajaxComplete', 'ajaxSuccess', 'ajaxSetup', 'ajaxPrefilter']);

// Request interception: the skimmer wraps XMLHttpRequest/fetch so that it sees the checkout's own API calls (with
// the card data the payment form posts) and copies them to its host. Monitoring SDKs wrap the same functions,
// which is why the hook alone is a weak signal and a copy sent to a hard-coded outside host is a strong one.
export default defineDetector({
  meta: { id: 'request-interception', classes: ['magecart'], severity: 'high', description: "the page's XMLHttpRequest/fetch/sendBeacon are replaced, and data goes to a hard-coded external host" },
  create(context) {
    const hooks: { node: Node; what: string }[] = [];
    return {
      // (a hooked name ends in one of HOOK_NAMES: only assignments to those are spelled out)
      ...visitNamed('AssignmentExpression', HOOK_NAMES, (node) => {
        if (unwrap(node.left).type !== 'MemberExpression') return;
        // `proto.open = …` where `var proto = window.XMLHttpRequest.prototype`: the alias spelled out
        const name = canonicalName(node.left, context.facts);
        if (name && HOOKED.test(name)) hooks.push({ node, what: name.replace(/^(?:window|self|globalThis)\./, '') });
      }),
      ...visitNamed('CallExpression', ['defineProperty', ...JQUERY_HOOKS], (node) => {
        const callee = unwrap(node.callee);
        const name = dottedName(callee);
        const args = node.arguments as Node[];
        if (name === 'Object.defineProperty' || name === 'Reflect.defineProperty') {
          const target = (args[0] ? canonicalName(args[0], context.facts) : null) ?? '';
          const key = args[1];
          if (HOOK_TARGETS.test(target) && isStringLiteral(key) && HOOK_NAMES.has(key.value)) hooks.push({ node, what: `${target}.${key.value}` });
        } else if (callee.type === 'MemberExpression' && JQUERY_HOOKS.has(propertyName(callee) ?? '')) {
          hooks.push({ node, what: `jQuery ${propertyName(callee) ?? ''}` });
        }
      }),
      ...visitNamed('NewExpression', ['Proxy'], (node) => {
        if (dottedName(node.callee) !== 'Proxy') return;
        const target = dottedName((node.arguments as Node[])[0] ?? node) ?? '';
        if (/^(?:(?:window|self|globalThis)\.)?(?:fetch|XMLHttpRequest)$/.test(target)) hooks.push({ node, what: `Proxy around ${target}` });
      }),
      finish() {
        const first = hooks[0];
        if (!first) return;
        const host = externalSinkHost();
        context.report({
          node: first.node,
          severity: host ? 'high' : 'low',
          message: `${[...new Set(hooks.map((hook) => hook.what))].join(', ')} replaced${host ? `; data is sent to ${host}` : ''}`,
        });
      },
    };

    /** A network sink in the file whose destination names an outside host. */
    function externalSinkHost(): string | null {
      for (const call of context.facts.calls) {
        for (let index = 0; index < Math.min(2, (call.arguments as Node[]).length); index++) {
          const hit = sinkForArgument(call, index, context.facts);
          if (hit?.host && !hit.staging) return hit.host;
        }
      }
      for (const member of context.facts.membersByName.get('src') ?? []) {
        const assignment = member.parent as Node | null;
        if (assignment?.type !== 'AssignmentExpression' || assignment.left !== member) continue;
        const hit = sinkForAssignment(assignment, context.facts);
        if (hit?.host) return hit.host;
      }
      return null;
    }
  },
});
