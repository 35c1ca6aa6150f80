import { makeStringLiteral, type Node } from '../ast.ts';
import { defineTransform } from './transform.ts';

const ESCAPED = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|[0-7]{1,3})/;

// "\x63\x76\x76" spells "cvv": the parser already knows the value, this makes the printed code say it too.
export default defineTransform({
  meta: { name: 'decode-string-escapes', description: 'rewrites hex, unicode and octal escapes in strings as plain text', safe: true },
  visitors: {
    Literal(node: Node) {
      if (typeof node.value !== 'string' || typeof node.raw !== 'string' || !ESCAPED.test(node.raw)) return null;
      const literal = makeStringLiteral(node.value, node);
      // Control characters stay escaped in the canonical spelling; nothing more to decode then.
      return literal.raw === node.raw ? null : literal;
    },
  },
});
