import { propertyName, unwrap, type Node } from '../ast.ts';
import { CARD_KINDS, classifySensitive } from '../dataflow/sensitive.ts';
import { defineDetector, visitNamed } from './detector.ts';
import { stringValue } from './helpers.ts';

const INPUT_MARKUP = /<input[^>]*(?:name|id|placeholder|autocomplete)\s*=\s*["']?([^"'\s>]+)/gi;

// Overlay attacks inject their own card form (the real one may be hidden) and harvest what is typed into it.
export default defineDetector({
  meta: { id: 'fake-payment-form', classes: ['magecart'], severity: 'high', description: 'the script builds payment card inputs of its own' },
  create(context) {
    let createdCardInputs = 0;
    let firstNode: Node | null = null;
    const markupHits: { node: Node; fields: string[] }[] = [];
    return {
      Literal(node) {
        if (typeof node.value !== 'string' || node.value.length < 10 || !/<input/i.test(node.value)) return;
        const fields: string[] = [];
        for (const match of node.value.matchAll(INPUT_MARKUP)) {
          const kind = classifySensitive(match[1]);
          if (kind && CARD_KINDS.has(kind)) fields.push(match[1] as string);
        }
        if (fields.length > 0) markupHits.push({ node, fields });
      },
      ...visitNamed('AssignmentExpression', ['name', 'id', 'placeholder', 'autocomplete'], (node) => {
        // input.name = "cc_number" / input.placeholder = "Card number" on a created input
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression') return;
        const property = propertyName(left);
        if (property !== 'name' && property !== 'id' && property !== 'placeholder' && property !== 'autocomplete') return;
        const kind = classifySensitive(stringValue(node.right));
        if (kind && CARD_KINDS.has(kind)) { createdCardInputs++; firstNode ??= node; }
      }),
      finish() {
        const fields = markupHits.flatMap((hit) => hit.fields);
        const distinct = new Set(fields.map((field) => classifySensitive(field)));
        if (distinct.size >= 2 && markupHits[0]) {
          context.report({ node: markupHits[0].node, message: `injected markup contains card inputs: ${[...new Set(fields)].slice(0, 5).join(', ')}` });
        } else if (createdCardInputs >= 2 && firstNode) {
          context.report({ node: firstNode, message: `${createdCardInputs} card inputs are created by the script` });
        }
      },
    };
  },
});
