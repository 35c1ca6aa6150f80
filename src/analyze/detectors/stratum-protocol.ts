import type { Node } from '../ast.ts';
import { defineDetector } from './detector.ts';
import { constantValue } from '../dataflow/constants.ts';

const STRATUM_METHODS = /^(?:login|submit|getjob|keepalived|mining\.subscribe|mining\.authorize|mining\.submit|mining\.notify)$/;

// Miners speak the Stratum pool protocol (JSON-RPC "login"/"submit"/"job") over a WebSocket proxy.
export default defineDetector({
  meta: { id: 'stratum-protocol', classes: ['cryptomining'], severity: 'high', description: 'JSON-RPC messages of the Stratum mining-pool protocol' },
  create(context) {
    let found: Node | null = null;
    let method = '';
    return {
      'Property:method'(node) {
        if (found) return;
        // `method: names[0]` over a constant list of method names reads as the name itself
        const value = constantValue(node.value, context.facts);
        if (value && STRATUM_METHODS.test(value)) { found = node; method = value; }
      },
      Literal(node) {
        if (found || typeof node.value !== 'string') return;
        const match = /"method"\s*:\s*"(login|submit|mining\.[a-z]+)"/.exec(node.value);
        if (match) { found = node; method = match[1] as string; }
      },
      finish() {
        if (!found) return;
        context.report({ node: found, message: `Stratum "${method}" message` });
      },
    };
  },
});
