/**
 * Sources: expressions that produce data a visitor typed or the page stored. Pure pattern matching over the tree
 * plus the binding facts; each found source becomes a taint label with a human description for evidence.
 */
import { functionNameId, dottedName, isStringLiteral, propertyName, unwrap, type Node } from '../ast.ts';
import type { Binding, ProgramFacts } from './facts.ts';
import { classifySensitive, type SensitiveKind } from './sensitive.ts';
import { triggerOf } from './triggers.ts';
import { constantValue, iifeArgumentOf } from './constants.ts';
import { methodName } from './origin.ts';

export type SourceKind = 'form-field' | 'form-data' | 'keystroke' | 'cookie' | 'storage';

export interface SourceLabel {
  id: number;
  kind: SourceKind;
  /** e.g. `value of input[name=cc_number]`. */
  description: string;
  /** Selector or field name, when known. */
  field: string | null;
  sensitive: SensitiveKind | null;
  node: Node;
}

/** Methods whose callback runs with `this` set to an element of the receiver (jQuery and DOM events). */
const THIS_IS_ELEMENT = new Set(['each', 'on', 'one', 'bind', 'addEventListener', 'click', 'change', 'blur', 'keyup', 'keydown', 'submit', 'focusout', 'input']);
const ELEMENT_QUERIES = new Set(['getElementById', 'querySelector', 'querySelectorAll', 'getElementsByName', 'getElementsByTagName', 'getElementsByClassName', 'closest', 'item', 'namedItem']);
const EVENT_TARGETS = new Set(['target', 'srcElement', 'currentTarget']);
const KEY_PROPERTIES = new Set(['key', 'keyCode', 'which', 'charCode', 'code']);
const JQUERY_NAMES = new Set(['$', 'jQuery', 'jq', '$j']);

/** Bounds the recursive "is this an element?" question; aliases of aliases deeper than this are not followed. */
const MAX_ELEMENT_DEPTH = 6;

export interface ElementInfo { selector: string | null }

/** Call sites of helper functions examined for constant selector arguments (`get("#cc-number")`). */
const MAX_HELPER_CALL_SITES = 12;

/**
 * When a query's selector is a parameter of a small helper (`function v(s) { return $(s).val() }`), the selectors
 * are the constant arguments at the helper's call sites.
 */
function selectorsFromCallSites(argument: Node, facts: ProgramFacts): string | null {
  const binding = argument.type === 'Identifier' ? facts.bindingOf.get(argument) : undefined;
  const param = binding?.defs.find((def) => def.via === 'param');
  if (!param?.fn) return null;
  const fn = param.fn;
  const ownerId = functionNameId(fn);
  const owner = ownerId ? facts.bindingOf.get(ownerId) : undefined;
  if (!owner) return null;
  const found: string[] = [];
  for (const ref of owner.refs.slice(0, MAX_HELPER_CALL_SITES)) {
    const call = ref.parent as Node | null;
    if (call?.type !== 'CallExpression' || call.callee !== ref) continue;
    const value = (call.arguments as Node[])[param.index ?? 0];
    if (isStringLiteral(value)) found.push(value.value);
  }
  return found.length > 0 ? found.join(', ') : null;
}

/** Human spelling of the element a query returns, from its constant arguments. */
function describeQuery(call: Node, facts: ProgramFacts): string | null {
  const callee = unwrap(call.callee);
  const first = (call.arguments as Node[])[0];
  const text = !first ? null : isStringLiteral(first) ? first.value
    : (constantValue(first, facts) ?? selectorsFromCallSites(unwrap(first), facts));
  if (callee.type === 'Identifier' && JQUERY_NAMES.has(callee.name as string)) return text;
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : null;
  if (!text) return null;
  if (method === 'getElementById') return `#${text}`;
  if (method === 'getElementsByName') return `[name=${text}]`;
  if (method === 'getElementsByClassName') return `.${text}`;
  return text;
}

export class ElementOracle {
  private readonly memo = new Map<Node, ElementInfo | null>();
  private readonly facts: ProgramFacts;
  constructor(facts: ProgramFacts) { this.facts = facts; }

  /** Element (or element list, or jQuery object) information when `node` evaluates to DOM form elements. */
  element(node: Node, depth = 0): ElementInfo | null {
    if (depth > MAX_ELEMENT_DEPTH) return null;
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached;
    this.memo.set(node, null); // cycle guard
    const result = this.compute(unwrap(node), depth);
    this.memo.set(node, result);
    return result;
  }

  private compute(node: Node, depth: number): ElementInfo | null {
    switch (node.type) {
      case 'CallExpression': {
        const callee = unwrap(node.callee);
        if (callee.type === 'Identifier' && JQUERY_NAMES.has(callee.name as string)) return { selector: describeQuery(node, this.facts) };
        if (callee.type !== 'MemberExpression') return null;
        const method = propertyName(callee);
        // `Array.from(form.elements)`, `[].slice.call(list)`: an array copy of an element list still holds the fields
        const copied = (method === 'from' && unwrap(callee.object).type === 'Identifier' && unwrap(callee.object).name === 'Array') ||
          ((method === 'call' || method === 'apply') && unwrap(callee.object).type === 'MemberExpression' && propertyName(unwrap(callee.object)) === 'slice');
        if (copied) {
          const list = (node.arguments as Node[])[0];
          return list ? this.element(list, depth + 1) : null;
        }
        if (method && ELEMENT_QUERIES.has(method)) {
          const own = describeQuery(node, this.facts);
          if (own !== null) return { selector: own };
          const parent = this.element(callee.object, depth + 1);
          return { selector: parent?.selector ?? null };
        }
        // jQuery traversal keeps the selection: $(form).find('input'), .eq(0), .filter(...)
        if (method && ['find', 'eq', 'first', 'last', 'filter', 'children', 'parents', 'siblings', 'get'].includes(method)) {
          const parent = this.element(callee.object, depth + 1);
          if (!parent) return null;
          const arg = (node.arguments as Node[])[0];
          return { selector: isStringLiteral(arg) ? arg.value : parent.selector };
        }
        return null;
      }
      case 'MemberExpression': {
        const name = propertyName(node);
        if (name === 'forms' || name === 'elements') return { selector: null };
        if (name && EVENT_TARGETS.has(name)) return { selector: null };
        const object = unwrap(node.object);
        const objectName = propertyName(object.type === 'MemberExpression' ? object : node);
        const parent = this.element(object, depth + 1);
        if (!parent) return null;
        // document.forms[0].cc_number, form.elements["cvv"], list[0]
        if (name !== null && !/^\d+$/.test(name) && name !== 'length') {
          return { selector: objectName === 'forms' ? parent.selector : `[name=${name}]` };
        }
        return parent;
      }
      case 'Identifier': {
        const binding = this.facts.bindingOf.get(node);
        if (!binding) return null;
        // `({ target }) => target.value`: the event target, destructured in the handler's parameters
        if (EVENT_TARGETS.has(binding.name) && binding.defs.some((def) => def.via === 'param' && def.index === 0)) return { selector: null };
        // `({ target: t }) => t.value`: the same, renamed
        if (binding.defs.some((def) => def.via === 'param' && def.index === 0 && renamedEventTarget(def.fn, binding.name))) return { selector: null };
        return this.fromBinding(binding, depth);
      }
      case 'LogicalExpression':
        return this.element(node.left, depth + 1) ?? this.element(node.right, depth + 1);
      case 'ConditionalExpression':
        return this.element(node.consequent, depth + 1) ?? this.element(node.alternate, depth + 1);
      case 'ThisExpression':
        return this.handlerReceiver(node, depth);
      case 'ArrayExpression': {
        // `[...form.elements]`
        const only = (node.elements as (Node | null)[]).length === 1 ? (node.elements as (Node | null)[])[0] : null;
        return only?.type === 'SpreadElement' ? this.element(only.argument as Node, depth + 1) : null;
      }
      default:
        return null;
    }
  }

  private fromBinding(binding: Binding, depth: number): ElementInfo | null {
    if (binding.global) return null;
    for (const def of binding.defs) {
      if (def.via === 'param' && def.fn) {
        // `(function (el) { … })(inputs[i])` hands an element to an immediately invoked function
        const argument = iifeArgumentOf(def);
        const fromCallback = argument ? this.element(argument, depth + 1) : this.callbackElement(def.fn, def.index ?? 0, depth);
        if (fromCallback) return fromCallback;
        continue;
      }
      if (!def.value) continue;
      const info = this.element(def.value, depth + 1);
      if (info) return info;
    }
    return null;
  }

  /** `list.forEach(function (el) {...})` and `$(sel).each(function (i, el) {...})` hand elements to callbacks. */
  /** `this` in `$(sel).each(function () {…})` or an event handler is the element the callback runs for. */
  private handlerReceiver(node: Node, depth: number): ElementInfo | null {
    let fn = node.parent as Node | null;
    while (fn && (fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration')) fn = fn.parent as Node | null;
    const call = fn?.parent as Node | null | undefined;
    if (!fn || !call || call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return null;
    const method = propertyName(call.callee);
    if (!method || !THIS_IS_ELEMENT.has(method)) return null;
    return this.element(call.callee.object, depth + 1);
  }

  private callbackElement(fn: Node, index: number, depth: number): ElementInfo | null {
    // The function itself, or its name where it is passed on or called (`list.forEach(hook)`, `hook(input)`), or
    // the property it is stored under where that is called (`self.remember(el)` for `X.prototype.remember`).
    const owner = functionNameId(fn);
    const uses: Node[] = [fn, ...((owner?.binding as Binding | undefined)?.refs ?? []).slice(0, MAX_HELPER_CALL_SITES)];
    const name = methodName(fn);
    const members = name ? this.facts.membersByName.get(name) ?? [] : [];
    if (members.length <= MAX_HELPER_CALL_SITES) uses.push(...members);
    for (const use of uses) {
      const call = use.parent as Node | null;
      if (!call || call.type !== 'CallExpression') continue;
      if (call.callee === use) {
        const argument = (call.arguments as Node[])[index];
        const info = argument ? this.element(argument, depth + 1) : null;
        if (info) return info;
        continue;
      }
      if (call.callee.type !== 'MemberExpression') continue;
      let method = propertyName(call.callee);
      let receiver: Node | undefined = call.callee.object;
      // `[].forEach.call(form.querySelectorAll("input"), function (el) {…})`: the list is the first argument
      const borrowed = unwrap(call.callee.object);
      if (method === 'call' && borrowed.type === 'MemberExpression') {
        if ((call.arguments as Node[])[1] !== use) continue;
        method = propertyName(borrowed);
        receiver = (call.arguments as Node[])[0];
      }
      const wanted = method === 'each' ? 1 : 0;
      if (index !== wanted || !method || !receiver || !['forEach', 'each', 'map', 'filter', 'some'].includes(method)) continue;
      const info = this.element(receiver, depth + 1);
      if (info) return info;
    }
    return null;
  }
}

/** Whether the first parameter of `fn` destructures the event target under another name: `({ target: t })`. */
function renamedEventTarget(fn: Node | undefined, name: string): boolean {
  const pattern = fn ? (fn.params as Node[])[0] : undefined;
  if (pattern?.type !== 'ObjectPattern') return false;
  return (pattern.properties as Node[]).some((property) => property.type === 'Property' && !property.computed &&
    EVENT_TARGETS.has((property.key.name ?? property.key.value) as string) && unwrap(property.value).type === 'Identifier' && unwrap(property.value).name === name);
}

const KEY_EVENTS = new Set(['keydown', 'keyup', 'keypress', 'input', 'textInput']);

/** The event parameter of a function registered for key or input events (a keylogger's handler). */
function isKeyHandlerParam(object: Node, facts: ProgramFacts): boolean {
  if (object.type !== 'Identifier') return false;
  const binding = facts.bindingOf.get(object);
  return !!binding && binding.defs.some((def) => {
    if (def.via !== 'param' || def.index !== 0 || !def.fn) return false;
    const trigger = triggerOf(def.fn);
    return trigger !== null && KEY_EVENTS.has(trigger);
  });
}

/** Finds every source expression in the program. */
export function findSources(facts: ProgramFacts, oracle: ElementOracle): SourceLabel[] {
  const labels: SourceLabel[] = [];
  const add = (kind: SourceKind, node: Node, field: string | null, description: string): void => {
    labels.push({ id: labels.length, kind, node, field, description, sensitive: classifySensitive(field) });
  };

  for (const [name, members] of facts.membersByName) {
    if (name === 'value' || name === 'checked' || name === 'files') {
      for (const member of members) {
        const parent = member.parent as Node | null;
        if (parent?.type === 'AssignmentExpression' && parent.left === member) continue; // a write, not a read
        const info = oracle.element(member.object);
        if (info) add('form-field', member, info.selector, `value of ${info.selector ?? 'a form field'}`);
      }
    } else if (name === 'cookie') {
      for (const member of members) {
        const parent = member.parent as Node | null;
        if (parent?.type === 'AssignmentExpression' && parent.left === member) continue;
        if (dottedName(member) === 'document.cookie') add('cookie', member, null, 'document.cookie');
      }
    } else if (KEY_PROPERTIES.has(name)) {
      for (const member of members) {
        if (isKeyHandlerParam(unwrap(member.object), facts)) add('keystroke', member, null, `keystroke (${name}) from a key event`);
      }
    }
  }

  for (const call of facts.calls) {
    const callee = unwrap(call.callee);
    if (call.type === 'NewExpression') {
      const name = dottedName(callee);
      const form = (call.arguments as Node[])[0];
      // `new FormData()` with no form builds a request body; only `new FormData(form)` reads what was typed.
      if ((name === 'FormData' || name === 'window.FormData') && form) {
        const info = oracle.element(form);
        add('form-data', call, info?.selector ?? null, `FormData of ${info?.selector ?? 'a form'}`);
      }
      continue;
    }
    if (callee.type !== 'MemberExpression') continue;
    const method = propertyName(callee);
    const args = call.arguments as Node[];
    if (method === 'val' && args.length === 0) {
      const info = oracle.element(callee.object);
      add('form-field', call, info?.selector ?? null, `value of ${info?.selector ?? 'a jQuery selection'} (.val())`);
    } else if ((method === 'serialize' || method === 'serializeArray') && args.length === 0) {
      const info = oracle.element(callee.object);
      add('form-data', call, info?.selector ?? null, `${method}() of ${info?.selector ?? 'a form'}`);
    } else if (method === 'getItem' || method === 'key') {
      const store = dottedName(callee.object) ?? '';
      if (/(?:^|\.)(?:localStorage|sessionStorage)$/.test(store)) {
        const key = isStringLiteral(args[0]) ? args[0].value : null;
        add('storage', call, key, `${store.replace(/^window\./, '')}.getItem(${key ? JSON.stringify(key) : '…'})`);
      }
    }
  }
  return labels;
}
