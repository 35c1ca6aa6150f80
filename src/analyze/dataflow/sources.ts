/**
 * Sources: expressions that produce data a visitor typed or the page stored. Pure pattern matching over the tree
 * plus the binding facts; each found source becomes a taint label with a human description for evidence.
 */
import { functionNameId, dottedName, isStringLiteral, propertyName, unwrap, valueHolder, type Node } from '../ast.ts';
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
  /**
   * For cookies and storage: the value is not (only) the script's own state. True for the whole cookie jar or a
   * session cookie picked out of it, for storage enumerated or read under a key the script never writes. An
   * analytics library reading back the visitor id it stored is the script's own state; a session-theft script
   * reading every cookie or token another script left is not.
   */
  foreign: boolean;
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

/**
 * Session cookie names of the common server platforms: a script picking one of these out of `document.cookie` is
 * after the visitor's login, not after a cookie of its own.
 */
const SESSION_COOKIE = /PHPSESSID|JSESSIONID|ASP\.NET_SessionId|ASPSESSIONID|connect\.sid|laravel_session|_session_id|sessionid|wordpress_logged_in|wp-settings|frontend|PrestaShop|shopify|_secure_session/i;
/** String methods that pick a part out of the cookie string (one named cookie, usually the script's own). */
const SELECTING_METHODS = new Set(['split', 'match', 'matchAll', 'indexOf', 'search', 'replace', 'substr', 'substring', 'slice', 'includes', 'startsWith']);
const STORAGE_NAMES = new Set(['localStorage', 'sessionStorage', 'window.localStorage', 'window.sessionStorage', 'self.localStorage', 'self.sessionStorage']);
/** Members of a storage object that are its API rather than stored items. */
/** Requests that read records out of an IndexedDB object store or index. */
const INDEXED_DB_READS = new Set(['getAll', 'get', 'openCursor']);

/** `db.transaction(n).objectStore(n)` or `.index(n)`, directly or through a local that holds one. */
function isObjectStore(node: Node, facts: ProgramFacts, depth = 0): boolean {
  const current = unwrap(node);
  if (current.type === 'CallExpression') {
    const callee = unwrap(current.callee);
    return callee.type === 'MemberExpression' && (propertyName(callee) === 'objectStore' || (propertyName(callee) === 'index' && isObjectStore(callee.object, facts, depth + 1)));
  }
  if (current.type !== 'Identifier' || depth > 2) return false;
  const binding = facts.bindingOf.get(current);
  const def = binding && !binding.global && binding.defs.length === 1 ? binding.defs[0] : undefined;
  return !!def?.value && isObjectStore(def.value, facts, depth + 1);
}

/** Calls that take a storage object but give only its keys, not what is stored. */
const KEY_LISTERS = new Set(['Object.keys', 'Object.getOwnPropertyNames', 'Reflect.ownKeys']);
const STORAGE_API = new Set(['getItem', 'setItem', 'removeItem', 'key', 'clear', 'length', 'hasOwnProperty', 'constructor', 'toString', 'valueOf']);

/**
 * Whether a `document.cookie` read takes the whole jar (foreign) or picks one cookie out of it (`.split(";")`,
 * `.match(/(^|; )_ga=([^;]*)/)`, `re.exec(document.cookie)`), which is foreign only when the pattern names a
 * server's session cookie.
 */
function readsForeignCookies(member: Node, facts: ProgramFacts): boolean {
  const parent = member.parent as Node | null;
  const names = (args: readonly Node[]): boolean => args.some((arg) => {
    const text = arg.type === 'Literal' && arg.regex ? (arg.regex as { pattern: string }).pattern : constantValue(arg, facts);
    return text !== null && SESSION_COOKIE.test(text);
  });
  if (parent?.type === 'MemberExpression' && parent.object === member && SELECTING_METHODS.has(propertyName(parent) ?? '')) {
    const call = parent.parent as Node | null;
    return call?.type === 'CallExpression' && call.callee === parent ? names(call.arguments as Node[]) : true;
  }
  if (parent?.type === 'CallExpression' && parent.callee !== member) {
    const method = unwrap(parent.callee).type === 'MemberExpression' ? propertyName(unwrap(parent.callee)) : null;
    if (method === 'exec' || method === 'test') return names([(unwrap(parent.callee).object as Node)]);
  }
  return true;
}

/** Constant keys the script writes to storage itself: reading them back is its own state. */
function keysWrittenToStorage(facts: ProgramFacts): Set<string> {
  const keys = new Set<string>();
  for (const call of facts.byName.CallExpression.get('setItem') ?? []) {
    const callee = unwrap(call.callee);
    const key = (call.arguments as Node[])[0];
    if (callee.type === 'MemberExpression' && STORAGE_NAMES.has(dottedName(callee.object) ?? '') && key) {
      const name = constantValue(key, facts);
      if (name !== null) keys.add(name);
    }
  }
  return keys;
}

/** Finds every source expression in the program. */
export function findSources(facts: ProgramFacts, oracle: ElementOracle): SourceLabel[] {
  const labels: SourceLabel[] = [];
  const add = (kind: SourceKind, node: Node, field: string | null, description: string, foreign = false): void => {
    labels.push({ id: labels.length, kind, node, field, description, sensitive: classifySensitive(field), foreign });
  };
  let ownKeys: Set<string> | null = null;
  const foreignKey = (key: string | null): boolean => key === null || !(ownKeys ??= keysWrittenToStorage(facts)).has(key);

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
        if (dottedName(member) === 'document.cookie') add('cookie', member, null, 'document.cookie', readsForeignCookies(member, facts));
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
    } else if (method !== null && INDEXED_DB_READS.has(method) && isObjectStore(callee.object, facts)) {
      // a session-theft script dumps the IndexedDB stores where web apps keep auth tokens (Firebase, MSAL)
      add('storage', call, null, `IndexedDB ${method}()`, !((facts.byName.CallExpression.get('put')?.length ?? 0) > 0 || (facts.byName.CallExpression.get('add')?.length ?? 0) > 0));
    } else if (method === 'getItem' || method === 'key') {
      const store = dottedName(callee.object) ?? '';
      if (/(?:^|\.)(?:localStorage|sessionStorage)$/.test(store)) {
        const key = isStringLiteral(args[0]) ? args[0].value : null;
        const constantKey = key ?? (args[0] ? constantValue(args[0], facts) : null);
        add('storage', call, key, `${store.replace(/^window\./, '')}.getItem(${key ? JSON.stringify(key) : '…'})`, method === 'key' || foreignKey(constantKey));
      }
    }
  }
  addStorageObjectReads(facts, (node, key, description) => add('storage', node, key, description, foreignKey(key)));
  return labels;
}

/**
 * Storage read without its API: `localStorage[k]` and `localStorage.authToken` read items directly, and the storage
 * object handed to a function (`JSON.stringify(localStorage)`, `Object.entries(sessionStorage)`) gives all of it.
 */
function addStorageObjectReads(facts: ProgramFacts, add: (node: Node, key: string | null, description: string) => void): void {
  const references: Node[] = [];
  for (const name of ['localStorage', 'sessionStorage']) {
    references.push(...(facts.globals.get(name)?.refs ?? []));
    for (const member of facts.membersByName.get(name) ?? []) if (STORAGE_NAMES.has(dottedName(member) ?? '')) references.push(member);
  }
  for (const reference of references) {
    const store = (dottedName(reference) ?? '').replace(/^(?:window|self)\./, '');
    const { holder, child } = valueHolder(reference);
    if (!holder) continue;
    if (holder.type === 'MemberExpression' && holder.object === child) {
      const item = propertyName(holder);
      const user = holder.parent as Node | null;
      if (item !== null && STORAGE_API.has(item)) continue;
      if (user?.type === 'AssignmentExpression' && user.left === holder) continue; // a write
      if (user?.type === 'UnaryExpression' && user.operator === 'delete') continue;
      add(holder, item, `${store}[${item ? JSON.stringify(item) : '…'}]`);
    } else if ((holder.type === 'CallExpression' || holder.type === 'NewExpression') && holder.callee !== child && !KEY_LISTERS.has(dottedName(holder.callee) ?? '')) {
      add(child, null, `the whole of ${store}`);
    }
  }
}
