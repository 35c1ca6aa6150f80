import type { Node } from '../ast.ts';
import { CARD_KINDS, classifySensitive, type SensitiveKind } from '../dataflow/sensitive.ts';
import { defineDetector } from './detector.ts';

/** Long strings are prose or markup, not selectors; card words in them say little. */
const MAX_SELECTOR_LENGTH = 80;

// Hard-coded card field names and selectors: a skimmer must name the fields it reads.
export default defineDetector({
  meta: { id: 'sensitive-field-names', classes: ['magecart'], severity: 'low', description: 'the code names payment card fields (number, code, expiry, holder)' },
  create(context) {
    return {
      finish() {
        const kinds = new Map<SensitiveKind, { node: Node; text: string }>();
        for (const node of context.facts.strings) {
          if (node.type !== 'Literal') continue;
          const text = node.value as string;
          if (text.length > MAX_SELECTOR_LENGTH) continue;
          const kind = classifySensitive(text);
          if (kind && CARD_KINDS.has(kind) && !kinds.has(kind)) kinds.set(kind, { node, text });
        }
        if (kinds.size === 0) return;
        const [first] = kinds.values();
        if (!first) return;
        context.report({
          node: first.node,
          message: `card fields named in the code: ${[...kinds.values()].map((entry) => JSON.stringify(entry.text)).join(', ')}`,
        });
      },
    };
  },
});
