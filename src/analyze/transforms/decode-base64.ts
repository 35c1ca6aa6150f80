import type { Node } from '../ast.ts';
import { defineTransform } from './transform.ts';
import { isGlobalCall, makeLiteral, stringArguments } from './literals.ts';

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** Decodes like the browser's atob: base64 to a binary string (one char per byte). Null when it would throw. */
export function atobLike(input: string): string | null {
  const cleaned = input.replace(/\s+/g, '');
  if (!BASE64.test(cleaned) || cleaned.replace(/=+$/, '').length % 4 === 1) return null;
  return Buffer.from(cleaned, 'base64').toString('latin1');
}

function btoaLike(input: string): string | null {
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) > 255) return null;
  return Buffer.from(input, 'latin1').toString('base64');
}

// `eval(atob("..."))` is the commonest wrapper around a skimmer; exfiltration hosts are often base64 too.
export default defineTransform({
  meta: { name: 'decode-base64', description: 'evaluates atob/btoa of string literals', safe: true },
  visitors: {
    CallExpression(node: Node) {
      const decode = isGlobalCall(node, 'atob');
      if (!decode && !isGlobalCall(node, 'btoa')) return null;
      const args = stringArguments(node);
      if (!args || args.length !== 1) return null;
      const text = decode ? atobLike(args[0] as string) : btoaLike(args[0] as string);
      return text === null ? null : makeLiteral(text, node);
    },
  },
});
