import { defineDetector } from './detector.ts';
import { enclosingFunctions, triggerOf } from './helpers.ts';

const SUSPICIOUS_TRIGGERS = new Set(['submit', 'click', 'mouseup', 'mousedown', 'touchend', 'beforeunload', 'unload', 'pagehide', 'visibilitychange', 'setInterval', 'blur', 'change', 'keyup', 'keydown', 'keypress', 'input']);

// Skimmers send when the buyer presses "place order" or on a timer; an analytics beacon rarely carries form values
// from such a handler.
export default defineDetector({
  meta: { id: 'exfiltration-trigger', classes: ['magecart'], severity: 'medium', description: 'form data is sent from a submit/click handler or a timer' },
  create(context) {
    return {
      finish() {
        for (const flow of context.flows) {
          if (flow.source.kind === 'cookie' || flow.source.kind === 'storage') continue;
          for (const fn of enclosingFunctions(flow.sink.node, context.facts)) {
            const trigger = triggerOf(fn);
            if (trigger && SUSPICIOUS_TRIGGERS.has(trigger)) {
              context.report({ node: flow.sink.node, message: `data is sent from a "${trigger}" handler via ${flow.sink.api}` });
              return;
            }
          }
        }
      },
    };
  },
});
