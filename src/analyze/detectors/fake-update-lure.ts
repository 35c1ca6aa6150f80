import type { Node } from '../ast.ts';
import { defineDetector } from './detector.ts';

const LURE = /(?:update|upgrade)\s+your\s+(?:browser|chrome|firefox|edge|flash)|(?:browser|chrome|firefox)\s+(?:is\s+)?(?:out\s*of\s*date|outdated|needs?\s+(?:an?\s+)?update)|critical\s+(?:security\s+)?update|install\s+(?:the\s+)?(?:latest\s+)?(?:update|version)/i;

// Fake browser-update overlays (SocGholish-style) trick visitors into downloading malware.
export default defineDetector({
  meta: { id: 'fake-update-lure', classes: ['malware'], severity: 'medium', description: 'text urging the visitor to install a browser update' },
  create(context) {
    let found: Node | null = null;
    return {
      Literal(node) {
        if (!found && typeof node.value === 'string' && node.value.length < 2000 && LURE.test(node.value)) found = node;
      },
      finish() {
        if (found) context.report({ node: found, message: `update lure: ${String(found.value).slice(0, 80)}` });
      },
    };
  },
});
