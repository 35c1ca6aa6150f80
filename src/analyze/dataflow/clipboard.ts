/**
 * The clipboard as scripts reach it: writes (the async Clipboard API, a copy event's `clipboardData`, and the old
 * hidden-field-plus-`execCommand("copy")` trick) and reads (`readText`, a paste event's `getData`, copy/cut/paste
 * listeners). Clipboard hijackers and ClickFix lures both work by putting their own text where the visitor expects
 * the text they copied, so the detectors for them need the same view of "what is written, from where". Pure core.
 */
import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { constantValue } from './constants.ts';
import type { ProgramFacts } from './facts.ts';
import { stringValue } from './strings.ts';

export interface ClipboardWrite {
  /** The call that writes: `writeText(…)`, `clipboardData.setData(…)`, `document.execCommand("copy")`. */
  node: Node;
  api: 'writeText' | 'write' | 'setData' | 'execCommand';
  /** The expression whose text ends up on the clipboard, when the code says (null for `execCommand` until linked). */
  value: Node | null;
}

/** The object of a call's member callee ends in `clipboard` / `clipboardData` (`navigator.clipboard`, `e.clipboardData`). */
function receiverEndsWith(callee: Node, suffix: string): boolean {
  const object = unwrap(callee.object as Node);
  if (object.type === 'MemberExpression') return propertyName(object) === suffix;
  return object.type === 'Identifier' && object.name === suffix;
}

/** A clipboard write made by `call`, or null. The value of `execCommand("copy")` is found by `copiedFieldValue`. */
export function clipboardWriteOf(call: Node, facts: ProgramFacts): ClipboardWrite | null {
  const callee = unwrap(call.callee as Node);
  if (callee.type !== 'MemberExpression') return null;
  const method = propertyName(callee);
  const args = call.arguments as Node[];
  switch (method) {
    case 'writeText':
    case 'write':
      return receiverEndsWith(callee, 'clipboard') ? { node: call, api: method, value: method === 'writeText' ? (args[0] ?? null) : null } : null;
    case 'setData':
      // `event.clipboardData.setData("text/plain", v)` and IE's `window.clipboardData.setData("Text", v)`; drag-and-drop's
      // `dataTransfer.setData` is not the clipboard
      return receiverEndsWith(callee, 'clipboardData') ? { node: call, api: 'setData', value: args[1] ?? null } : null;
    case 'execCommand': {
      const command = stringValue(args[0]) ?? constantValue(args[0], facts);
      return command !== null && /^(?:copy|cut)$/i.test(command) ? { node: call, api: 'execCommand', value: null } : null;
    }
    default:
      return null;
  }
}

/** Properties whose assignment gives a (hidden) field the text that `execCommand("copy")` then copies. */
export const FIELD_TEXT_PROPERTIES: ReadonlySet<string> = new Set(['value', 'textContent', 'innerText']);

/** Every method name `clipboardWriteOf` or `isFieldTextWrite` can accept a call of, for visitors by name. */
export const CLIPBOARD_CALL_NAMES: readonly string[] = ['writeText', 'write', 'setData', 'execCommand', 'val', 'text', 'setAttribute'];

/**
 * The text a field receives before `execCommand("copy")`: `area.value = text` or jQuery's `$t.val(text)` in the
 * same function as the command. `fieldWrites` are the candidate assignments and calls the caller collected.
 */
export function copiedFieldValue(command: Node, fieldWrites: readonly Node[]): Node | null {
  const fn = command.enclosingFn as Node | null | undefined;
  for (const write of fieldWrites) {
    if ((write.enclosingFn as Node | null | undefined) !== fn) continue;
    if (write.type === 'AssignmentExpression') return write.right as Node;
    if (write.type === 'CallExpression') return ((write.arguments as Node[])[write.arguments.length - 1] as Node | undefined) ?? null;
  }
  return null;
}

/** An assignment or call that sets a field's text (`x.value = v`, `$(x).val(v)`, `x.setAttribute("value", v)`). */
export function isFieldTextWrite(node: Node): boolean {
  if (node.type === 'AssignmentExpression') {
    const left = unwrap(node.left as Node);
    return left.type === 'MemberExpression' && FIELD_TEXT_PROPERTIES.has(propertyName(left) ?? '');
  }
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee as Node);
  if (callee.type !== 'MemberExpression') return false;
  const method = propertyName(callee);
  const args = node.arguments as Node[];
  if (method === 'val' || method === 'text') return args.length === 1;
  return method === 'setAttribute' && stringValue(args[0]) === 'value';
}

/** Clipboard events: a listener for them sees (and can replace) what the visitor copies or pastes. */
export const CLIPBOARD_EVENTS = /^(?:copy|cut|paste|beforecopy|beforecut|beforepaste)$/i;

/**
 * Whether a call reads the clipboard: `navigator.clipboard.readText()` / `.read()`, a paste event's
 * `clipboardData.getData(…)`.
 */
export function isClipboardRead(call: Node): boolean {
  const callee = unwrap(call.callee as Node);
  if (callee.type !== 'MemberExpression') return false;
  const method = propertyName(callee);
  if (method === 'readText' || method === 'read') return receiverEndsWith(callee, 'clipboard');
  return method === 'getData' && receiverEndsWith(callee, 'clipboardData');
}

/** The clipboard event types a listener registration names (`addEventListener("paste", …)`, `$(d).on("copy paste", …)`). */
export function clipboardListenerEvents(call: Node, facts: ProgramFacts): string[] {
  const callee = unwrap(call.callee as Node);
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : dottedName(callee);
  if (method !== 'addEventListener' && method !== 'on' && method !== 'one' && method !== 'bind') return [];
  const type = constantValue((call.arguments as Node[])[0], facts);
  if (type === null) return [];
  return type.split(/[\s,]+/).map((part) => part.split('.')[0] ?? '').filter((part) => CLIPBOARD_EVENTS.test(part));
}
