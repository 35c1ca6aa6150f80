import type { Node } from '../ast.ts';
import { defineTransform } from './transform.ts';
import { globalCallName, makeLiteral, stringArguments } from './literals.ts';

function tryDecode(name: string, input: string): string | null {
  try {
    if (name === 'unescape') return unescape(input);
    if (name === 'decodeURIComponent') return decodeURIComponent(input);
    return decodeURI(input);
  } catch {
    return null; // malformed escapes throw in the browser too; leave the call as it is
  }
}

// `unescape("%3Cscript...")` and percent-encoded URLs hide markup and hosts from plain-text review.
export default defineTransform({
  meta: { name: 'decode-uri', description: 'evaluates unescape/decodeURIComponent/decodeURI of literals', safe: true },
  visitors: {
    CallExpression(node: Node) {
      const name = globalCallName(node);
      if (name !== 'unescape' && name !== 'decodeURIComponent' && name !== 'decodeURI') return null;
      const args = stringArguments(node);
      if (!args || args.length !== 1) return null;
      const text = tryDecode(name, args[0] as string);
      return text === null ? null : makeLiteral(text, node);
    },
  },
});
