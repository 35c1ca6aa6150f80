import { CARD_KINDS } from '../dataflow/sensitive.ts';
import type { Flow } from '../dataflow/flow.ts';
import { defineDetector, type Severity } from './detector.ts';

export function describeFlow(flow: Flow): string {
  const destination = flow.sink.destination ? ` to ${flow.sink.destination.slice(0, 120)}` : '';
  const encoded = flow.encoded ? ' (encoded on the way)' : '';
  return `${flow.source.description} reaches ${flow.sink.api}${destination}${encoded}`;
}

function severityOf(flow: Flow): Severity {
  const sensitive = flow.source.sensitive;
  const cardOrSecret = sensitive !== null && (CARD_KINDS.has(sensitive) || sensitive === 'password');
  if (flow.source.kind === 'keystroke') return 'high';
  if (cardOrSecret) return 'high';
  if (flow.source.kind === 'form-data' && (flow.sink.host !== null || flow.encoded)) return 'high';
  // Session material (every cookie, a login cookie, tokens other scripts stored) sent to a host the code names is
  // session theft; a library sending back its own visitor id, or sending to wherever it is configured to, is not.
  if (flow.source.kind === 'cookie' || flow.source.kind === 'storage') return flow.source.foreign && flow.sink.host !== null ? 'medium' : 'low';
  // A field value sent somewhere the code does not name (often the site's own API) is common in form libraries.
  return flow.sink.host !== null ? 'medium' : 'low';
}

// The core Magecart signal: a proven path from what the visitor typed to a request, beacon or navigation.
export default defineDetector({
  meta: {
    id: 'form-data-exfiltration',
    classes: ['magecart'],
    severity: 'high',
    description: 'form field values, form data or keystrokes flow into a network request, element URL or navigation',
  },
  create(context) {
    return {
      finish() {
        for (const flow of context.flows) {
          context.report({ node: flow.sink.node, severity: severityOf(flow), message: describeFlow(flow), flow });
        }
      },
    };
  },
});
