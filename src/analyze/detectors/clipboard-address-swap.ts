import { dottedName, lastName, propertyName, unwrap, type Node } from '../ast.ts';
import { clipboardListenerEvents, clipboardWriteOf, CLIPBOARD_EVENTS, copiedFieldValue, isClipboardRead, isFieldTextWrite, type ClipboardWrite } from '../dataflow/clipboard.ts';
import { constantValue } from '../dataflow/constants.ts';
import { originOf } from '../dataflow/origin.ts';
import { stringValue } from '../dataflow/strings.ts';
import { ADDRESS_PATTERN, addressesIn } from '../dataflow/wallet-addresses.ts';
import { defineDetector } from './detector.ts';

/** A swapper's pieces (the pattern test, the address table, the write) lie this close in an injected script. */
const SPAN = 16 * 1024;

/** Names a table of addresses is reached by: the variable, property and parameter names on the way up to its statement. */
function holderNames(literal: Node, into: Set<string>): void {
  let current: Node | null = literal;
  for (let depth = 0; current && depth < 6; depth++) {
    const parent: Node | null = (current.parent as Node | null) ?? null;
    if (!parent) return;
    if (parent.type === 'VariableDeclarator' && parent.id?.type === 'Identifier') into.add(parent.id.name as string);
    else if (parent.type === 'Property' && parent.value === current && !parent.computed) into.add(parent.key.type === 'Identifier' ? (parent.key.name as string) : String(parent.key.value));
    else if (parent.type === 'AssignmentExpression' && parent.right === current) {
      const name = lastName(parent.left as Node);
      if (name) into.add(name);
    }
    if (/Statement|Declaration$/.test(parent.type) || /Function/.test(parent.type)) return;
    current = parent;
  }
}

/** A test for any of `names` as a whole identifier in source text; null when there are none. */
function mentionsAny(names: ReadonlySet<string>): RegExp | null {
  const words = [...names].filter((name) => /^[\w$]{1,40}$/.test(name)).map((name) => name.replace(/\$/g, '\\$'));
  return words.length > 0 ? new RegExp(`(?<![\\w$])(?:${words.join('|')})(?![\\w$])`) : null;
}

/** `Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set`: the native setter React cannot see past. */
function isNativeValueSetter(call: Node, facts: Parameters<typeof constantValue>[1]): boolean {
  const name = dottedName(call.callee as Node);
  return (name === 'Object.getOwnPropertyDescriptor' || name === 'Reflect.getOwnPropertyDescriptor') && constantValue((call.arguments as Node[])[1], facts) === 'value';
}

/** `new Event("input")`, `new InputEvent(…)`, jQuery's `.trigger("change")`: a programmatic edit made to look typed. */
function isSyntheticEdit(node: Node, facts: Parameters<typeof constantValue>[1]): boolean {
  const callee = unwrap(node.callee as Node);
  if (node.type === 'NewExpression') {
    const name = dottedName(callee);
    if (name !== 'Event' && name !== 'InputEvent' && name !== 'window.Event') return false;
    return /^(?:input|change)$/.test(constantValue((node.arguments as Node[])[0], facts) ?? '');
  }
  return callee.type === 'MemberExpression' && propertyName(callee) === 'trigger' && /^(?:input|change)$/.test(stringValue((node.arguments as Node[])[0]) ?? '');
}

// Clipboard hijackers ("clippers"): text the visitor copies or pastes is tested against wallet-address patterns
// and a match is replaced with the attacker's address, in the clipboard or in the field it was pasted into.
// Wallet UIs validate addresses and copy them too; what they do not do is put a hard-coded address in place of
// the one the visitor copied.
export default defineDetector({
  meta: { id: 'clipboard-address-swap', classes: ['malware'], severity: 'high', description: 'copied or pasted wallet addresses are replaced with hard-coded ones' },
  create(context) {
    const facts = context.facts;
    const patterns: Node[] = [];
    const addresses: { node: Node; text: string }[] = [];
    const writes: ClipboardWrite[] = [];
    /** `setter.call(el, v)`: how a saved native value setter is used. */
    const setterCalls: Node[] = [];
    const fieldWrites: Node[] = [];
    const intercepts: Node[] = [];
    const edits: Node[] = [];
    const checkPattern = (node: Node, source: string | null): void => {
      if (source !== null && source.length < 2000 && ADDRESS_PATTERN.test(source)) patterns.push(node);
    };
    // Calls and assignments are only examined in a file that tests for wallet addresses at all (finish() reads
    // them from the facts), so that the other files, nearly all, pay nothing for them.
    const newNodes: Node[] = [];
    const visitNew = (node: Node): void => {
      const name = dottedName(node.callee as Node);
      if (name === 'RegExp' || name === 'window.RegExp') checkPattern(node, constantValue((node.arguments as Node[])[0], facts));
      else newNodes.push(node);
    };
    const visitAssignment = (node: Node): void => {
      if (isFieldTextWrite(node)) fieldWrites.push(node);
      // `document.oncopy = …`, `input.onpaste = …`
      const left = unwrap(node.left as Node);
      if (left.type === 'MemberExpression' && CLIPBOARD_EVENTS.test((propertyName(left) ?? '').replace(/^on/, ''))) intercepts.push(node);
    };
    const visitCall = (node: Node): void => {
      const write = clipboardWriteOf(node, facts);
      if (write) {
        // a copy event's clipboardData exists only inside the event: writing it replaces what was copied
        if (write.api === 'setData') intercepts.push(node);
        writes.push(write);
        return;
      }
      if (isFieldTextWrite(node)) fieldWrites.push(node);
      const callee = unwrap(node.callee as Node);
      if (callee.type === 'MemberExpression' && propertyName(callee) === 'call' && (node.arguments as Node[]).length === 2) setterCalls.push(node);
      if (isClipboardRead(node) || clipboardListenerEvents(node, facts).length > 0) intercepts.push(node);
      else if (isNativeValueSetter(node, facts) || isSyntheticEdit(node, facts)) edits.push(node);
    };
    return {
      Literal(node) {
        if (node.regex) checkPattern(node, String(node.regex.pattern));
      },
      NewExpression(node) { visitNew(node); },
      finish() {
        if (patterns.length === 0) return;
        for (const node of newNodes) if (isSyntheticEdit(node, facts)) edits.push(node);
        for (const node of facts.byType.get('AssignmentExpression') ?? []) if (node.type === 'AssignmentExpression') visitAssignment(node);
        for (const node of facts.byType.get('CallExpression') ?? []) if (node.type === 'CallExpression') visitCall(node);
        if (edits.length === 0 && (writes.length === 0 || intercepts.length === 0)) return;
        // Hard-coded addresses are looked for only in a file that both tests for addresses and rewrites text.
        for (const node of facts.strings) {
          if (node.type !== 'Literal') continue;
          for (const text of addressesIn(node.value as string)) addresses.push({ node, text });
        }
        if (addresses.length === 0) return;
        const near = (nodes: readonly { start: number }[], at: Node): boolean => nodes.some((node) => Math.abs(node.start - at.start) <= SPAN);
        // The replacement must come from the address table: the written value's origin names the table (or
        // spells one of its addresses). A paste handler that trims the visitor's own address names neither.
        const tableNames = new Set<string>();
        for (const { node } of addresses.slice(0, 32)) holderNames(node, tableNames);
        const patternNames = new Set<string>();
        for (const node of patterns.slice(0, 32)) holderNames(node, patternNames);
        const mentionsTable = mentionsAny(tableNames);
        const mentionsPatterns = mentionsAny(patternNames);
        /** 2: the value comes from the address table; 1: it is chosen through the address patterns; 0: neither shown. */
        const link = (value: Node | null): number => {
          if (!value) return 0;
          const direct = constantValue(value, facts);
          if (direct !== null && addressesIn(direct).length > 0) return 2;
          const origin = originOf(value, facts, context.source).text;
          if ((mentionsTable?.test(origin) ?? false) || addresses.some(({ text }) => origin.includes(text))) return 2;
          return mentionsPatterns?.test(origin) ? 1 : 0;
        };
        const candidates: { node: Node; value: Node | null; how: string }[] = [];
        if (intercepts.length > 0) {
          for (const write of writes) {
            if (!near(intercepts, write.node)) continue;
            // the text `execCommand("copy")` copies is what the same function put in a field
            const value = write.api === 'execCommand' ? copiedFieldValue(write.node, fieldWrites) : write.value;
            candidates.push({ node: write.node, value, how: 'on the clipboard' });
          }
        }
        if (edits.length > 0) {
          for (const write of fieldWrites) {
            if (!near(edits, write)) continue;
            const value = write.type === 'AssignmentExpression' ? (write.right as Node) : ((write.arguments as Node[])[(write.arguments as Node[]).length - 1] ?? null);
            candidates.push({ node: write, value, how: 'in the field' });
          }
          // `setter.call(el, v)` with a saved native setter
          for (const call of setterCalls) if (near(edits, call)) candidates.push({ node: call, value: (call.arguments as Node[])[1] ?? null, how: 'in the field' });
        }
        const placed = candidates.filter((candidate) => near(patterns, candidate.node) && near(addresses.map(({ node }) => node), candidate.node));
        let chosen: { node: Node; how: string } | null = null;
        let strength = -1;
        for (const candidate of placed) {
          const found = link(candidate.value);
          if (found > strength) {
            chosen = candidate;
            strength = found;
          }
          if (strength === 2) break;
        }
        if (!chosen) return;
        const at = chosen.node.start;
        const example = addresses.find(({ node }) => Math.abs(node.start - at) <= SPAN)?.text ?? '';
        context.report({
          node: chosen.node,
          severity: strength === 2 ? 'high' : strength === 1 ? 'medium' : 'low',
          message: `text matching a wallet-address pattern is replaced ${chosen.how}${strength === 2 ? ' with a hard-coded address' : strength === 1 ? ' with a value chosen by the pattern' : ''} (hard-coded: ${example.slice(0, 12)}…)`,
        });
      },
    };
  },
});
