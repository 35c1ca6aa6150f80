import { defineDetector } from './detector.ts';
import { describeFlow } from './form-data-exfiltration.ts';

// Inter-kit style: field values are parked in localStorage/sessionStorage/cookies and sent later from a timer,
// which breaks the direct source-to-sink path that simple checks look for.
export default defineDetector({
  meta: {
    id: 'storage-staging',
    classes: ['magecart'],
    severity: 'high',
    description: 'form values are written to web storage or cookies, and stored values are later sent out',
  },
  create(context) {
    return {
      finish() {
        const stagedFields = context.staged.filter((flow) => flow.source.kind !== 'storage' && flow.source.kind !== 'cookie');
        if (stagedFields.length === 0) return;
        const sent = context.flows.filter((flow) => flow.source.kind === 'storage' || flow.source.kind === 'cookie');
        const first = stagedFields[0];
        if (!first) return;
        if (sent.length > 0) {
          const out = sent[0];
          if (!out) return;
          // Libraries persist settings and send them later too; card data, or a named outside host, marks a kit.
          const strong = stagedFields.some((flow) => flow.source.sensitive !== null && flow.source.sensitive !== 'billing') || out.sink.host !== null;
          context.report({
            node: first.sink.node,
            severity: strong ? 'high' : 'low',
            message: `${describeFlow(first)}; stored data is later sent: ${describeFlow(out)}`,
            flow: out,
          });
        } else {
          context.report({ node: first.sink.node, severity: 'low', message: describeFlow(first) });
        }
      },
    };
  },
});
