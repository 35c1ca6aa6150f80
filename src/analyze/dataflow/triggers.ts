import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { stringValue } from './strings.ts';

/**
 * How a function is triggered when it is passed as a callback: `addEventListener("submit", fn)` gives "submit",
 * `setInterval(fn)` gives "setInterval", `$(x).on("click", fn)` gives "click".
 */
export function triggerOf(fn: Node): string | null {
  const call = fn.parent as Node | null;
  if (call?.type === 'AssignmentExpression' && call.right === fn) {
    const target = dottedName(call.left);
    return target ? (target.split('.').pop() ?? '').replace(/^on/, '') || null : null;
  }
  if (!call || (call.type !== 'CallExpression' && call.type !== 'NewExpression')) return null;
  const args = call.arguments as Node[];
  const index = args.indexOf(fn);
  if (index < 0) return null;
  const callee = unwrap(call.callee);
  const name = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' ? propertyName(callee) : null;
  if (!name) return null;
  if (name === 'setInterval' || name === 'setTimeout' || name === 'requestIdleCallback') return name;
  if ((name === 'addEventListener' || name === 'on' || name === 'one' || name === 'bind' || name === 'live' || name === 'delegate') && index >= 1) {
    const type = stringValue(args[0]);
    return type ? type.split(/[\s.]/)[0] ?? null : 'event';
  }
  if (['click', 'submit', 'change', 'blur', 'keyup', 'keydown', 'mouseup', 'mousedown', 'touchend', 'ready', 'load'].includes(name)) return name;
  return null;
}

