import { dottedName, lastName, propertyName, unwrap, type Node } from '../ast.ts';
import { constantValue, possibleHosts } from '../dataflow/constants.ts';
import { stringValue } from '../dataflow/strings.ts';
import { ADDRESS_PATTERN, addressesIn } from '../dataflow/wallet-addresses.ts';
import { defineDetector, visitNamed } from './detector.ts';

/**
 * Webinjects that change the payment details a victim reads (the IBAN on an invoice, the wallet address on a deposit
 * page) so that the money goes to the operator. Their core is a replace whose pattern recognises a bank account or
 * wallet address and whose replacement is an account the script carries. Invoice and wallet UIs recognise the same
 * identifiers (to format or validate them) but do not carry somebody's account to put in their place.
 */

/** Patterns written to find an IBAN (`[A-Z]{2}\d{2}…`) or a BIC (`[A-Z]{4}[A-Z]{2}…`) in text. */
const BANK_PATTERN = /\[A-Z\]\{2\}\s*(?:\\d|\[0-9\])\{2\}|\[A-Z\]\{4\}\s*\[A-Z\]\{2\}/;
/** An IBAN written in a string, grouped by spaces or not; confirmed with its check digits (ibanIsValid). */
const IBAN_TEXT = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** The pattern, the replace and the carried account lie this close together in an injected script. */
const SPAN = 16 * 1024;

/** ISO 13616 check: move the first four characters to the end, letters to numbers (A = 10), remainder 97 must be 1. */
export function ibanIsValid(text: string): boolean {
  const iban = text.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  let remainder = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Patterns and selectors that pick out links to a payment provider's pages (`buy\.stripe\.com`, `a[href*='paypal.me']`). */
const PAYMENT_LINK_PATTERN = /(?:paypal|stripe|klarna|mollie|adyen|braintree|squareup|wise)(?:\\?\.|-)(?:com|me|eu)\b|paypal\\?\.me|webscr/i;
/** The providers' own domains: a link re-pointed inside them is the provider's own doing. */
const PAYMENT_PROVIDER_HOST = /(?:^|\.)(?:paypal\.com|paypal\.me|paypalobjects\.com|stripe\.com|stripe\.network|klarna\.com|mollie\.com|adyen\.com|braintreegateway\.com|braintree-api\.com|squareup\.com|wise\.com)$/;
const URL_WRITES = new Set(['href', 'action', 'formAction']);

type Kind = 'bank account' | 'wallet address' | 'payment link';

function patternKind(pattern: string): Kind | null {
  if (BANK_PATTERN.test(pattern)) return 'bank account';
  if (ADDRESS_PATTERN.test(pattern)) return 'wallet address';
  return PAYMENT_LINK_PATTERN.test(pattern) ? 'payment link' : null;
}

export default defineDetector({
  meta: {
    id: 'payment-detail-swap',
    classes: ['magecart'],
    severity: 'high',
    description: 'text recognised as a bank account or wallet address is replaced, next to an account the script carries',
  },
  create(context) {
    const { facts } = context;

    /** The regular expressions an argument can be: a literal, a local holding one, `rule.re` of a rules table. */
    const patternsOf = (argument: Node | undefined): string[] => {
      if (!argument) return [];
      const node = unwrap(argument);
      if (node.type === 'Literal' && node.regex) return [(node.regex as { pattern: string }).pattern];
      if (node.type === 'NewExpression' || node.type === 'CallExpression') {
        const text = constantValue((node.arguments as Node[])[0], facts);
        return text === null ? [] : [text];
      }
      if (node.type === 'Identifier') {
        const defs = facts.bindingOf.get(node)?.defs ?? [];
        return defs.length === 1 && defs[0]?.value && defs[0].value !== node ? patternsOf(defs[0].value) : [];
      }
      if (node.type === 'MemberExpression') {
        // `patterns.forEach((p) => text.replace(p.re, p.to))`: the regexes stored under that key anywhere
        const key = propertyName(node);
        if (key === null) return [];
        return (facts.byName.Property.get(key) ?? []).flatMap((property) => {
          const value = unwrap(property.value as Node);
          return value.type === 'Literal' && value.regex ? [(value.regex as { pattern: string }).pattern] : [];
        });
      }
      return [];
    };

    const kindOf = (argument: Node | undefined): Kind | null => {
      for (const pattern of patternsOf(argument)) {
        const kind = patternKind(pattern);
        if (kind) return kind;
      }
      return null;
    };
    /** Bank or wallet patterns used to find text: `text.replace(re, …)`, `text.match(re)`, `re.test(text)`. */
    const lookups: { node: Node; kind: Kind; replaces: boolean }[] = [];
    /** Constant text written into the page: `cell.textContent = acct`, `$(cell).text(acct)`, `input.value = acct`. */
    const writes: { node: Node; text: string }[] = [];
    /** Link targets and navigations set to a fixed host outside the payment providers. */
    const relinks: { node: Node; host: string }[] = [];
    const outsideHosts = (node: Node, value: Node | undefined): { node: Node; host: string }[] =>
      value ? possibleHosts(value, facts).filter((host) => !PAYMENT_PROVIDER_HOST.test(host)).map((host) => ({ node, host })) : [];

    return {
      ...visitNamed('CallExpression', ['replace', 'replaceAll', 'match', 'matchAll', 'search', 'test', 'exec', 'text', 'html', 'val'], (node) => {
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        const args = node.arguments as Node[];
        if (method === 'text' || method === 'html' || method === 'val') {
          const text = args.length === 1 ? constantValue(args[0], facts) : null;
          if (text !== null) writes.push({ node, text });
          return;
        }
        if (method === 'replace' && /location$/.test(dottedName(callee.object as Node) ?? '')) {
          relinks.push(...outsideHosts(node, args[0]));
          return;
        }
        const kind = kindOf(method === 'test' || method === 'exec' ? (callee.object as Node) : args[0]);
        if (kind) lookups.push({ node, kind, replaces: method === 'replace' || method === 'replaceAll' });
      }),
      ...visitNamed('AssignmentExpression', ['textContent', 'innerText', 'nodeValue', 'innerHTML', 'value', 'data', 'href', 'action', 'formAction'], (node) => {
        const name = lastName(node.left as Node);
        if (name !== null && URL_WRITES.has(name)) {
          relinks.push(...outsideHosts(node, node.right as Node));
          return;
        }
        const text = constantValue(node.right as Node, facts);
        if (text !== null) writes.push({ node, text });
      }),
      // `a.setAttribute("href", mapLink(a.href))`, `location.assign(…)`: where a payment link is sent instead
      ...visitNamed('CallExpression', ['setAttribute', 'assign', 'open'], (node) => {
        const callee = unwrap(node.callee);
        const method = callee.type === 'MemberExpression' ? propertyName(callee) : null;
        const args = node.arguments as Node[];
        if (method === 'setAttribute') relinks.push(...outsideHosts(node, args[1]));
        else if (method === 'assign' || (method === 'open' && dottedName(callee.object as Node) === 'window')) relinks.push(...outsideHosts(node, args[0]));
      }),
      finish() {
        if (lookups.length === 0) return;
        for (const lookup of lookups) {
          if (lookup.kind !== 'payment link') continue;
          const relink = relinks.find((candidate) => Math.abs(candidate.node.start - lookup.node.start) <= SPAN);
          if (!relink) continue;
          context.report({ node: relink.node, message: `links to a payment provider's pages are re-pointed to ${relink.host}` });
          return;
        }
        const carried: { at: number; kind: Kind; text: string }[] = [];
        const accountsIn = (text: string | null, at: number): void => {
          if (text === null || text.length < 15 || text.length > 4096) return;
          for (const match of text.matchAll(IBAN_TEXT)) if (ibanIsValid(match[0])) carried.push({ at, kind: 'bank account', text: match[0] });
          for (const address of addressesIn(text)) carried.push({ at, kind: 'wallet address', text: address });
        };
        for (const literal of facts.strings) accountsIn(stringValue(literal), literal.start);
        const near = (kind: Kind, at: number): { at: number; kind: Kind; text: string } | undefined =>
          carried.find((item) => item.kind === kind && Math.abs(item.at - at) <= SPAN);
        // A replace of recognised text next to a carried account, or the account itself written into the page where
        // the script also looks for that kind of identifier.
        for (const lookup of lookups) {
          const account = lookup.replaces ? near(lookup.kind, lookup.node.start) : undefined;
          if (!account) continue;
          context.report({ node: lookup.node, message: `text matching a ${lookup.kind} pattern is replaced; the script carries the ${lookup.kind} ${account.text.slice(0, 48)}` });
          return;
        }
        const written = carried.length;
        for (const write of writes) accountsIn(write.text, write.node.start);
        for (const item of carried.slice(written)) {
          const lookup = lookups.find((candidate) => candidate.kind === item.kind && Math.abs(candidate.node.start - item.at) <= SPAN);
          if (!lookup) continue;
          context.report({ node: writes.find((write) => write.node.start === item.at)?.node ?? lookup.node, message: `the ${item.kind} ${item.text.slice(0, 48)} is written into the page where the script looks for ${item.kind}s` });
          return;
        }
      },
    };
  },
});
