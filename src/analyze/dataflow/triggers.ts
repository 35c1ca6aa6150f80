import { dottedName, functionNameId, lastName, type Node } from '../ast.ts';
import { stringValue } from './strings.ts';

/** `var ev = "click"; el.on(ev, …)`: the string a once-assigned variable holds. */
function constantOfBinding(node: Node | undefined): string | null {
  const binding = node?.type === 'Identifier' ? (node.binding as { global: boolean; defs: { value: Node | null }[] } | undefined) : undefined;
  if (!binding || binding.global || binding.defs.length !== 1) return null;
  return stringValue(binding.defs[0]?.value);
}

/** References of a named function followed when looking for where it is registered as a handler. */
const MAX_HANDLER_REFERENCES = 16;

/**
 * How a function is triggered when it is passed as a callback: `addEventListener("submit", fn)` gives "submit",
 * `setInterval(fn)` gives "setInterval", `$(x).on("click", fn)` gives "click". Named functions are followed to the
 * places their name is passed (`el.addEventListener("keypress", onKey)`).
 */
export function triggerOf(fn: Node): string | null {
  const direct = triggerAt(fn);
  if (direct) return direct;
  const owner = functionNameId(fn);
  const refs = (owner?.binding as { refs: Node[] } | undefined)?.refs ?? [];
  for (const ref of refs.slice(0, MAX_HANDLER_REFERENCES)) {
    const trigger = triggerAt(ref);
    if (trigger) return trigger;
  }
  return null;
}

function triggerAt(fn: Node): string | null {
  const call = fn.parent as Node | null;
  if (call?.type === 'AssignmentExpression' && call.right === fn) {
    const target = dottedName(call.left);
    return target ? (target.split('.').pop() ?? '').replace(/^on/, '') || null : null;
  }
  if (!call || (call.type !== 'CallExpression' && call.type !== 'NewExpression')) return null;
  const args = call.arguments as Node[];
  const index = args.indexOf(fn);
  if (index < 0) return null;
  const name = lastName(call.callee as Node);
  if (!name) return null;
  if (name === 'setInterval' || name === 'setTimeout' || name === 'requestIdleCallback') return name;
  if ((name === 'addEventListener' || name === 'on' || name === 'one' || name === 'bind' || name === 'live' || name === 'delegate') && index >= 1) {
    const type = stringValue(args[0]) ?? constantOfBinding(args[0]);
    return type ? type.split(/[\s.]/)[0] ?? null : 'event';
  }
  if (['click', 'submit', 'change', 'blur', 'keyup', 'keydown', 'mouseup', 'mousedown', 'touchend', 'ready', 'load'].includes(name)) return name;
  return null;
}

