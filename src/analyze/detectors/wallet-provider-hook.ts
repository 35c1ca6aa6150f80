import { dottedName, unwrap, type Node } from '../ast.ts';
import { constantValue } from '../dataflow/constants.ts';
import { addressesIn } from '../dataflow/wallet-addresses.ts';
import { defineDetector, visitNamed } from './detector.ts';

/** The methods through which a dapp asks the wallet to sign or send; a wrapper around them can change what is signed. */
const PROVIDER_METHODS = new Set(['request', 'send', 'sendAsync']);
/** JSON-RPC calls that move funds or grant allowances. */
const SIGNING_CALLS = /\beth_(?:sendTransaction|signTransaction|signTypedData(?:_v[34])?|sign)\b|\bpersonal_sign\b|\bwallet_sendCalls\b/;
/**
 * ERC-20/721 function selectors a drainer rewrites or forges: transfer, approve, transferFrom, setApprovalForAll,
 * increaseAllowance, permit.
 */
const SELECTORS = /^(?:0x)?(?:a9059cbb|095ea7b3|23b872dd|a22cb465|39509351|d505accf)$/i;
/** The wallet's injected provider, as scripts reach it. */
const PROVIDER_NAME = /(?:^|\.)(?:ethereum|web3\.currentProvider|solana|phantom\.solana|tronWeb|trustwallet)$/;
/** A wrapper's text examined for the calls it intercepts; drainers' wrappers are short. */
const MAX_WRAPPER_TEXT = 8000;

// Wallet drainers injected into a dapp (or shipped in a compromised package) wrap the page's wallet provider:
// every eth_sendTransaction passes through them and its recipient, or the ERC-20 transfer/approve inside, is
// replaced with the attacker's address before the wallet shows it for signing.
export default defineDetector({
  meta: { id: 'wallet-provider-hook', classes: ['malware'], severity: 'high', description: "the page's crypto wallet provider is wrapped so that transactions can be rewritten" },
  create(context) {
    const hooks: { node: Node; text: string }[] = [];
    let providerSeen = false;
    return {
      'MemberExpression:ethereum'() { providerSeen = true; },
      ...visitNamed('AssignmentExpression', PROVIDER_METHODS, (node) => {
        const left = unwrap(node.left as Node);
        if (left.type !== 'MemberExpression') return;
        const right = unwrap(node.right as Node);
        if (!/Function/.test(right.type)) return;
        // `ethereum.request = …` directly, or `p.request = …` on a provider handed to a helper (EIP-6963
        // announces several): the wrapper itself then switches on signing calls
        const text = context.source.slice(right.start, Math.min(right.end, right.start + MAX_WRAPPER_TEXT));
        const target = dottedName(left.object as Node) ?? '';
        if (PROVIDER_NAME.test(target) || SIGNING_CALLS.test(text)) hooks.push({ node, text });
      }),
      ...visitNamed('NewExpression', ['Proxy'], (node) => {
        // `new Proxy(window.ethereum, { get… })`
        if (dottedName(node.callee as Node) !== 'Proxy') return;
        const target = dottedName((node.arguments as Node[])[0] ?? node) ?? '';
        if (PROVIDER_NAME.test(target)) hooks.push({ node, text: context.source.slice(node.start, Math.min(node.end, node.start + MAX_WRAPPER_TEXT)) });
      }),
      ...visitNamed('CallExpression', ['defineProperty'], (node) => {
        // `Object.defineProperty(window, "ethereum", { get: … })`: the provider itself replaced
        const name = dottedName(node.callee as Node);
        if (name !== 'Object.defineProperty' && name !== 'Reflect.defineProperty') return;
        const args = node.arguments as Node[];
        if (/^(?:window|self|globalThis)$/.test(dottedName(args[0] ?? node) ?? '') && constantValue(args[1], context.facts) === 'ethereum') {
          hooks.push({ node, text: context.source.slice(node.start, Math.min(node.end, node.start + MAX_WRAPPER_TEXT)) });
        }
      }),
      finish() {
        const hook = hooks.find((candidate) => SIGNING_CALLS.test(candidate.text)) ?? hooks[0];
        if (!hook) return;
        let addresses = 0;
        let selectors = 0;
        for (const node of context.facts.strings) {
          if (node.type !== 'Literal') continue;
          const value = node.value as string;
          if (SELECTORS.test(value)) selectors++;
          else if (value.length >= 26 && addressesIn(value).length > 0) addresses++;
        }
        const signing = SIGNING_CALLS.exec(hook.text)?.[0] ?? null;
        // Hard-coded recipients or forged transfer/approve calldata are what a drainer brings; a logging wrapper has neither.
        const tampering = addresses > 0 || selectors > 0;
        // high when the script also reaches the injected provider itself (`window.ethereum`)
        const severity = signing && tampering ? (providerSeen ? 'high' : 'medium') : 'low';
        const evidence = [addresses > 0 ? 'hard-coded wallet addresses' : '', selectors > 0 ? 'ERC-20 transfer/approve selectors' : ''].filter(Boolean).join(' and ');
        context.report({
          node: hook.node,
          severity,
          message: `wallet provider wrapped${signing ? ` (intercepts ${signing})` : ''}${evidence ? `; the script holds ${evidence}` : ''}`,
        });
      },
    };
  },
});
