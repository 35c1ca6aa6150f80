import { functionNameId, type Node } from '../ast.ts';
import type { ProgramFacts } from '../dataflow/facts.ts';
import { defineDetector } from './detector.ts';
import { enclosingFunctions, triggerOf } from './helpers.ts';

const SUSPICIOUS_TRIGGERS = new Set(['submit', 'click', 'mouseup', 'mousedown', 'touchend', 'beforeunload', 'unload', 'pagehide', 'visibilitychange', 'setInterval', 'blur', 'change', 'keyup', 'keydown', 'keypress', 'input']);

/** Levels of "called from" followed: the send often sits in a helper that the handler calls. */
const MAX_CALLER_DEPTH = 2;
const MAX_CALL_SITES = 8;

/** The suspicious event or timer under which `node` runs: lexically, or through the call sites of its function. */
function triggeringEvent(node: Node, facts: ProgramFacts, depth: number): string | null {
  for (const fn of enclosingFunctions(node, facts)) {
    const trigger = triggerOf(fn);
    if (trigger && SUSPICIOUS_TRIGGERS.has(trigger)) return trigger;
    if (depth >= MAX_CALLER_DEPTH) continue;
    const owner = functionNameId(fn);
    const refs = (owner ? facts.bindingOf.get(owner)?.refs : undefined) ?? [];
    for (const ref of refs.slice(0, MAX_CALL_SITES)) {
      if (ref.parent?.type !== 'CallExpression' || ref.parent.callee !== ref) continue;
      const outer = triggeringEvent(ref.parent, facts, depth + 1);
      if (outer) return outer;
    }
  }
  return null;
}

// Skimmers send when the buyer presses "place order" or on a timer; an analytics beacon rarely carries form values
// from such a handler.
export default defineDetector({
  meta: { id: 'exfiltration-trigger', classes: ['magecart'], severity: 'medium', description: 'form data is sent from a submit/click handler or a timer' },
  create(context) {
    return {
      finish() {
        for (const flow of context.flows) {
          if (flow.source.kind === 'cookie' || flow.source.kind === 'storage') continue;
          // A form posting its own fields to the site's own API on change or submit is how forms work; the trigger
          // matters when the data goes to a named outside host.
          if (flow.sink.host === null) continue;
          const trigger = triggeringEvent(flow.sink.node, context.facts, 0);
          if (trigger) {
            context.report({ node: flow.sink.node, message: `data is sent from a "${trigger}" handler via ${flow.sink.api}` });
            return;
          }
        }
      },
    };
  },
});
