import { propertyName, unwrap, type Node } from '../ast.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';
import { defineDetector, visitNamed } from './detector.ts';
import { isLocationRead, stringValue } from './helpers.ts';
import { constantValue } from '../dataflow/constants.ts';

const CHECKOUT_WORDS = /checkout|onepage|one-page|payment|billing|\bcart\b|order|kasse|pago|paiement|step=|firecheckout|opc/i;

/** Strings of a constant array literal, joined: the words a loop or callback tests one by one. */
function arrayWords(node: Node | null | undefined): string | null {
  if (node?.type !== 'ArrayExpression') return null;
  const words = (node.elements as (Node | null)[]).map((element) => stringValue(element));
  return words.length > 0 && words.every((word) => word !== null) ? words.join('|') : null;
}

/**
 * `steps[i]` over `var steps = ["onepage", "checkout"]`, or `k` in `["checkout", "cart"].some((k) => …)`: the
 * candidate words of a gate that tests a list.
 */
function listWords(node: Node | undefined, facts: ProgramFacts): string | null {
  if (!node) return null;
  const target = unwrap(node);
  if (target.type === 'MemberExpression' && target.computed && target.object.type === 'Identifier') {
    const binding = facts.bindingOf.get(target.object);
    return binding && binding.defs.length === 1 ? arrayWords(binding.defs[0]?.value) : null;
  }
  if (target.type !== 'Identifier') return null;
  const def = facts.bindingOf.get(target)?.defs[0];
  const call = def?.via === 'param' ? (def.fn?.parent as Node | null | undefined) : null;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return null;
  return arrayWords(unwrap(call.callee.object));
}

// Skimmers stay dormant except on payment pages, so that they are rarely seen by anyone reviewing the site.
export default defineDetector({
  meta: { id: 'checkout-gating', classes: ['magecart'], severity: 'medium', description: 'the script tests the page URL for checkout or payment pages' },
  create(context) {
    const reported = new Set<number>();
    // `var loc = location.href; … loc.indexOf("checkout")`: follow a variable holding the URL.
    const readsLocation = (subject: Node): boolean => {
      const target = unwrap(subject);
      if (isLocationRead(target)) return true;
      const binding = target.type === 'Identifier' ? context.facts.bindingOf.get(target) : undefined;
      return !!binding && !binding.global && binding.defs.length === 1 && !!binding.defs[0]?.value && isLocationRead(unwrap(binding.defs[0].value));
    };
    const check = (node: Node, text: string | null, subject: Node): void => {
      if (!text || !CHECKOUT_WORDS.test(text) || !readsLocation(subject)) return;
      if (reported.has(node.start)) return;
      reported.add(node.start);
      context.report({ node, message: `page URL is tested for "${text.slice(0, 60)}"` });
    };
    return {
      ...visitNamed('CallExpression', ['indexOf', 'includes', 'search', 'match', 'startsWith', 'endsWith', 'test'], (node) => {
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        const first = (node.arguments as Node[])[0];
        if (method === 'indexOf' || method === 'includes' || method === 'search' || method === 'match' || method === 'startsWith' || method === 'endsWith') {
          const text = (first?.type === 'Literal' && first.regex ? String(first.regex.pattern) : null) ?? constantValue(first, context.facts) ?? listWords(first, context.facts);
          check(node, text, callee.object);
        } else if (method === 'test' && first) {
          const object = unwrap(callee.object);
          if (object.type === 'Literal' && object.regex) check(node, String(object.regex.pattern), first);
          // new RegExp("checkout|onepage").test(url)
          if (object.type === 'NewExpression' && unwrap(object.callee).name === 'RegExp') check(node, stringValue((object.arguments as Node[])[0]), first);
        }
      }),
      ...visitNamed('BinaryExpression', ['==', '==='], (node) => {
        check(node, stringValue(node.right), node.left);
      }),
    };
  },
});
