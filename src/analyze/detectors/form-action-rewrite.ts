import { isStringLiteral, propertyName, unwrap, type Node } from '../ast.ts';
import { constantPrefix, constantValue, hostOf } from '../dataflow/constants.ts';
import { defineDetector, visitNamed } from './detector.ts';

// Re-pointing the checkout form at another host sends everything typed into it there, card number included, with
// no script-made request to notice; the victim is then bounced back so that the order still looks fine.
export default defineDetector({
  meta: { id: 'form-action-rewrite', classes: ['magecart'], severity: 'high', description: "a form's action is rewritten to a hard-coded external host" },
  create(context) {
    const rewrites: { node: Node; host: string }[] = [];
    let submits = false;
    return {
      ...visitNamed('AssignmentExpression', ['action', 'formAction'], (node) => {
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression') return;
        const host = hostOf(constantPrefix(node.right, context.facts));
        if (host) rewrites.push({ node, host });
      }),
      // `$("<form>", {action: "https://…"})`: jQuery builds the element with the attributes given
      ...visitNamed('Property', ['action', 'formAction', 'formaction'], (node) => {
        const attributes = node.parent as Node | null;
        const call = attributes?.parent as Node | null;
        if (call?.type !== 'CallExpression' || (call.arguments as Node[])[1] !== attributes) return;
        const markup = constantValue((call.arguments as Node[])[0], context.facts);
        if (markup === null || !/^\s*<(?:form|button|input)\b/i.test(markup)) return;
        const host = hostOf(constantPrefix(node.value as Node, context.facts));
        if (host) rewrites.push({ node, host });
      }),
      ...visitNamed('CallExpression', ['submit', 'requestSubmit', 'setAttribute', 'attr', 'prop', 'trigger'], (node) => {
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        if (method === 'submit' || method === 'requestSubmit') submits = true;
        if (method === 'trigger' && constantValue((node.arguments as Node[])[0], context.facts) === 'submit') submits = true;
        if (method !== 'setAttribute' && method !== 'attr' && method !== 'prop') return;
        const [name, value] = node.arguments as Node[];
        const attribute = isStringLiteral(name) ? name.value : constantValue(name, context.facts);
        if (attribute !== null && /^(?:action|formaction)$/i.test(attribute)) {
          const host = hostOf(constantPrefix(value, context.facts));
          if (host) rewrites.push({ node, host });
        }
      }),
      finish() {
        const first = rewrites[0];
        if (!first) return;
        context.report({
          node: first.node,
          severity: submits ? 'high' : 'medium',
          message: `form action is set to ${first.host}${submits ? ' and the form is submitted' : ''}`,
        });
      },
    };
  },
});
