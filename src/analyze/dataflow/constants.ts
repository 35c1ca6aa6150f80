/**
 * Constant string evaluation for destinations: what URL does this expression start with? Follows bindings with a
 * single constant definition and keeps the constant prefix of concatenations (`"https://x/g?d=" + data`).
 */
import { functionNameId, propertyName, unwrap, type Node } from '../ast.ts';
import type { Definition, ProgramFacts } from './facts.ts';
import { atobLike } from '../transforms/decode-base64.ts';

/** Aliases of aliases deeper than this are not followed (bounds work on hostile alias chains). */
const MAX_CONSTANT_DEPTH = 24;

export function constantPrefix(node: Node | null | undefined, facts: ProgramFacts, depth = 0): string | null {
  if (!node || depth > MAX_CONSTANT_DEPTH) return null;
  const current = unwrap(node);
  switch (current.type) {
    case 'Literal':
      return typeof current.value === 'string' ? current.value : null;
    case 'TemplateLiteral': {
      const first = current.quasis[0] as Node | undefined;
      const cooked: unknown = first?.value?.cooked;
      if (typeof cooked !== 'string') return null;
      if (cooked.length > 0) return cooked;
      // `${this.network}/serve?…`: the template starts with an expression, read as a concatenation
      const expression = (current.expressions as Node[])[0];
      if (!expression) return null;
      const whole = constantValue(expression, facts, decodeKnownCall, depth + 1);
      if (whole === null) return constantPrefix(expression, facts, depth + 1);
      const next = current.quasis[1] as Node | undefined;
      return whole + (typeof next?.value?.cooked === 'string' ? (next.value.cooked as string) : '');
    }
    case 'BinaryExpression':
      if (current.operator !== '+') return null;
      {
        // Text after a non-constant part is not part of the prefix: only extend a left side that is whole.
        const whole = constantValue(current.left, facts, decodeKnownCall, depth + 1);
        if (whole === null) return constantPrefix(current.left, facts, depth + 1);
        const right = constantPrefix(current.right, facts, depth + 1);
        return right === null ? whole : whole + right;
      }
    case 'Identifier': {
      const binding = facts.bindingOf.get(current);
      if (!binding || binding.global) return null;
      if (binding.defs.length === 1 && binding.defs[0]?.via === 'param') return constantPrefix(singleCallArgument(binding.defs[0]), facts, depth + 1);
      const values = binding.defs.filter((def) => def.value && (def.via === 'init' || def.via === 'assign'));
      if (values.length !== 1) return null;
      return constantPrefix(values[0]?.value, facts, depth + 1);
    }
    case 'CallExpression': {
      // `url.concat(x)`, `[host, path].join("")` keep their constant start
      const callee = unwrap(current.callee);
      if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'concat') {
        return constantPrefix(callee.object, facts, depth + 1);
      }
      if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'join' && callee.object.type === 'ArrayExpression') {
        return constantPrefix(callee.object.elements[0], facts, depth + 1);
      }
      // `atob("aHR0cHM6…")` held in a variable: decode it
      return constantValue(current, facts, decodeKnownCall, depth + 1);
    }
    case 'NewExpression': {
      const callee = unwrap(current.callee);
      if (callee.type === 'Identifier' && callee.name === 'URL') return constantPrefix(current.arguments[0], facts, depth + 1);
      return null;
    }
    case 'MemberExpression': {
      // `cfg.gate` of a constant configuration object, `hosts[0]` of a constant list
      const held = memberValue(current, facts, depth + 1);
      if (held) return constantPrefix(held, facts, depth + 1);
      // `var u = new URL("https://…"); location.assign(u.href)`: a URL object's text starts with its constant input
      const object = unwrap(current.object);
      if (object.type === 'Identifier' && !current.computed && URL_TEXT.has(current.property.name as string)) {
        const built = constantPrefix(object, facts, depth + 1);
        if (built !== null) return built;
      }
      // `this.endpoint = url` written once, read where the request is made
      const name = current.computed ? null : current.property.type === 'PrivateIdentifier' ? `#${current.property.name as string}` : (current.property.name as string);
      if (!name || unwrap(current.object).type !== 'ThisExpression') return null;
      const writes = (facts.membersByName.get(name) ?? []).filter((member) => member.parent?.type === 'AssignmentExpression' && member.parent.left === member);
      return writes.length === 1 ? constantPrefix(writes[0]?.parent?.right, facts, depth + 1) : null;
    }
    case 'ConditionalExpression':
    case 'LogicalExpression': {
      // `ie ? "http://a.example/x?ie" : "http://a.example/x?gen"`: the part both branches share
      const left = constantPrefix(current.type === 'ConditionalExpression' ? current.consequent : current.left, facts, depth + 1);
      const right = constantPrefix(current.type === 'ConditionalExpression' ? current.alternate : current.right, facts, depth + 1);
      if (left === null || right === null) return null;
      let shared = 0;
      while (shared < left.length && left[shared] === right[shared]) shared++;
      return shared > 0 ? left.slice(0, shared) : null;
    }
    default:
      return null;
  }
}

/** Properties of a URL object that spell the whole address. */
const URL_TEXT = new Set(['href']);

/** Placeholder for the parts of built markup that are not constant. */
export const HOLE = '\u2026';

/**
 * The text an expression builds with its non-constant parts as holes: `'<iframe src="' + url + '" width="0">'`
 * gives `<iframe src="http://ads.example/…" width="0">` when `url` has a constant start.
 */
export function textShape(node: Node | null | undefined, facts: ProgramFacts, depth = 0): string {
  if (!node || depth > MAX_CONSTANT_DEPTH) return HOLE;
  const current = unwrap(node);
  if (current.type === 'BinaryExpression' && current.operator === '+') {
    return textShape(current.left, facts, depth + 1) + textShape(current.right, facts, depth + 1);
  }
  if (current.type === 'TemplateLiteral') {
    return (current.quasis as Node[]).map((quasi) => String(quasi.value.cooked ?? '')).join(HOLE);
  }
  if (current.type === 'Identifier') {
    // a local built once by concatenation (`var host = label + "." + zone`) keeps its constant parts
    const binding = facts.bindingOf.get(current);
    const def = binding && !binding.global && binding.defs.length === 1 ? binding.defs[0] : undefined;
    const value = def?.value && (def.via === 'init' || def.via === 'assign') ? unwrap(def.value) : null;
    if (value && (value.type === 'BinaryExpression' || value.type === 'TemplateLiteral')) return textShape(value, facts, depth + 1);
    const whole = constantValue(current, facts, decodeKnownCall, depth + 1);
    if (whole !== null) return whole;
  }
  const prefix = constantPrefix(current, facts, depth + 1);
  return prefix === null ? HOLE : prefix + (current.type === 'Literal' ? '' : HOLE);
}

/** Host of an absolute (or protocol-relative) URL prefix; null for relative or unknown destinations. */
export function hostOf(prefix: string | null): string | null {
  if (!prefix) return null;
  const match = /^\s*(?:(?:https?|wss?):)?\/\/([^/?#:\s]+)/i.exec(prefix);
  return match ? (match[1] as string).toLowerCase() : null;
}

/** The argument an immediately invoked function receives for a parameter: `(function (s) {…})("script")`. */
export function iifeArgumentOf(def: Definition): Node | null {
  const fn = def.fn;
  const call = fn?.parent as Node | null | undefined;
  if (!fn || !call || call.type !== 'CallExpression' || unwrap(call.callee) !== fn) return null;
  return ((call.arguments as Node[])[def.index ?? -1] as Node | undefined) ?? null;
}

/**
 * The argument a parameter receives when its function is called from exactly one place: an IIFE, a named function
 * or a class constructor (`new Recorder("https://…")`). With more call sites the value is not one constant.
 */
export function singleCallArgument(def: Definition): Node | null {
  const direct = iifeArgumentOf(def);
  if (direct) return direct;
  const fn = def.fn;
  if (!fn) return null;
  let owner: Node | null = functionNameId(fn);
  let wantNew = false;
  if (fn.parent?.type === 'MethodDefinition' && fn.parent.kind === 'constructor') {
    const classNode = fn.parent.parent?.parent as Node | undefined;
    owner = classNode?.id ?? (classNode?.parent?.type === 'VariableDeclarator' ? classNode.parent.id : null);
    wantNew = true;
  }
  const refs = (owner?.binding as { refs: Node[] } | undefined)?.refs ?? [];
  const calls = refs.filter((ref) => ref.parent?.callee === ref && ref.parent.type === (wantNew ? 'NewExpression' : 'CallExpression'));
  if (calls.length !== 1) return null;
  return ((calls[0]?.parent?.arguments as Node[])[def.index ?? -1] as Node | undefined) ?? null;
}

/** `String.fromCharCode(...)` / `.apply(null, codes)` where the codes are a constant array (maybe in a variable). */
function charCodeCall(call: Node, facts: ProgramFacts, depth: number): string | null | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const method = callee.property.name as string;
  const target = method === 'apply' ? unwrap(callee.object) : callee;
  const name = target.type === 'MemberExpression' && !target.computed && target.object.type === 'Identifier'
    ? `${target.object.name as string}.${target.property.name as string}` : null;
  if (name !== 'String.fromCharCode') return undefined;
  let codes: Node[] = call.arguments as Node[];
  if (method === 'apply') {
    let array: Node | null | undefined = unwrap((call.arguments as Node[])[1] ?? call);
    if (array.type === 'Identifier') {
      const binding = facts.bindingOf.get(array);
      array = binding && !binding.global && binding.defs.length === 1 ? binding.defs[0]?.value : null;
    }
    if (!array || array.type !== 'ArrayExpression') return null;
    codes = array.elements as Node[];
  }
  if (codes.length > MAX_CONSTANT_LENGTH || depth > MAX_CONSTANT_DEPTH) return null;
  let text = '';
  for (const code of codes) {
    if (code?.type !== 'Literal' || typeof code.value !== 'number') return null;
    text += String.fromCharCode(code.value);
  }
  return text;
}

/** Largest string that constant evaluation will build (same bound as folding). */
const MAX_CONSTANT_LENGTH = 1 << 20;

/**
 * The full constant string value of an expression, following single-definition bindings and the decoders that
 * wrappers use (`eval(atob(payload))` where `payload` is a variable). Null when any part is not constant.
 */
const KNOWN_DECODERS = new Set(['atob', 'unescape', 'decodeURIComponent', 'decodeURI', 'escape', 'String']);

/** The decoders that wrapper code applies to a constant before running or loading it. */
export function decodeKnownCall(name: string, input: string): string | null {
  try {
    switch (name) {
      case 'atob': return atobLike(input);
      case 'unescape': return unescape(input);
      case 'decodeURIComponent': return decodeURIComponent(input);
      case 'decodeURI': return decodeURI(input);
      case 'escape': return escape(input);
      case 'String': return input;
      default: return null;
    }
  } catch {
    return null; // malformed escapes throw in the browser too
  }
}

/**
 * The global function a callee stands for: `atob`, `window.atob`, or a variable holding either
 * (`var k = window.atob || polyfill`).
 */
function globalCalleeName(callee: Node, facts: ProgramFacts, depth: number): string | null {
  if (depth > MAX_CONSTANT_DEPTH) return null;
  const node = unwrap(callee);
  if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && /^(?:window|self|globalThis)$/.test(node.object.name as string)) {
    return node.property.name as string;
  }
  if (node.type === 'LogicalExpression') {
    // `window.atob || polyfill`, `window.bota || window.atob`: the side that names a known decoder
    const left = globalCalleeName(node.left, facts, depth + 1);
    return left && KNOWN_DECODERS.has(left) ? left : globalCalleeName(node.right, facts, depth + 1);
  }
  if (node.type !== 'Identifier') return null;
  const binding = facts.bindingOf.get(node);
  if (!binding || binding.global) return node.name as string;
  return binding.defs.length === 1 && binding.defs[0]?.value ? globalCalleeName(binding.defs[0].value, facts, depth + 1) : null;
}

export function constantValue(node: Node | null | undefined, facts: ProgramFacts, decode: (name: string, input: string) => string | null = decodeKnownCall, depth = 0): string | null {
  if (!node || depth > MAX_CONSTANT_DEPTH) return null;
  const current = unwrap(node);
  switch (current.type) {
    case 'Literal':
      return typeof current.value === 'string' ? current.value : typeof current.value === 'number' ? String(current.value) : null;
    case 'BinaryExpression': {
      if (current.operator !== '+') return null;
      const left = constantValue(current.left, facts, decode, depth + 1);
      const right = left === null ? null : constantValue(current.right, facts, decode, depth + 1);
      return left !== null && right !== null && left.length + right.length <= MAX_CONSTANT_LENGTH ? left + right : null;
    }
    case 'Identifier': {
      const binding = facts.bindingOf.get(current);
      if (!binding || binding.global || binding.defs.length !== 1) return null;
      const def = binding.defs[0];
      if (def?.via === 'param') return constantValue(iifeArgumentOf(def), facts, decode, depth + 1);
      if (!def?.value || (def.via !== 'init' && def.via !== 'assign')) return null;
      return constantValue(def.value, facts, decode, depth + 1);
    }
    case 'MemberExpression': {
      const held = memberValue(current, facts, depth + 1);
      return held ? constantValue(held, facts, decode, depth + 1) : null;
    }
    case 'TemplateLiteral': {
      const quasis = current.quasis as Node[];
      const expressions = current.expressions as Node[];
      let text = String(quasis[0]?.value?.cooked ?? '');
      for (let i = 0; i < expressions.length; i++) {
        const part = constantValue(expressions[i], facts, decode, depth + 1);
        if (part === null) return null;
        text += part + String(quasis[i + 1]?.value?.cooked ?? '');
        if (text.length > MAX_CONSTANT_LENGTH) return null;
      }
      return text;
    }
    case 'CallExpression': {
      const callee = unwrap(current.callee);
      const charCodes = charCodeCall(current, facts, depth);
      if (charCodes !== undefined) return charCodes;
      const name = globalCalleeName(callee, facts, depth + 1);
      if (!name || (current.arguments as Node[]).length !== 1) return null;
      const input = constantValue(current.arguments[0], facts, decode, depth + 1);
      return input === null ? null : decode(name, input);
    }
    default:
      return null;
  }
}

/** Methods that change an array in place: an array they are called on is not a constant list. */
const ARRAY_MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'reverse', 'sort', 'fill', 'copyWithin']);

/**
 * The object or array literal an expression holds: a once-assigned variable, the parameter of an immediately
 * invoked function (`(function (c) {…})(config)`), or the object an IIFE returns (`var c = (function () { return
 * {…}; })()`). Skimmers keep their gate URL, field selectors and API names in such a configuration object so that
 * no single expression reads as what it is.
 */
export function literalHolder(node: Node | null | undefined, facts: ProgramFacts, depth = 0): Node | null {
  if (!node || depth > MAX_CONSTANT_DEPTH) return null;
  const current = unwrap(node);
  switch (current.type) {
    case 'ObjectExpression':
    case 'ArrayExpression':
      return current;
    case 'Identifier': {
      const binding = facts.bindingOf.get(current);
      if (!binding || binding.global || binding.defs.length !== 1) return null;
      const def = binding.defs[0] as Definition;
      const value = def.via === 'param' ? iifeArgumentOf(def) : def.via === 'init' || def.via === 'assign' ? def.value : null;
      const held = literalHolder(value, facts, depth + 1);
      if (!held) return null;
      // A list that is reordered or written by index, or an object whose keys are written through this name,
      // does not hold its literal values any more.
      for (const ref of binding.refs) {
        const member = ref.parent as Node | null;
        if (member?.type !== 'MemberExpression' || member.object !== ref) continue;
        const use = member.parent as Node | null;
        if (use?.type === 'AssignmentExpression' && use.left === member) return null;
        if (use?.type === 'UpdateExpression') return null;
        if (held.type === 'ArrayExpression' && use?.type === 'CallExpression' && use.callee === member && ARRAY_MUTATORS.has(propertyName(member) ?? '')) return null;
      }
      return held;
    }
    case 'CallExpression': {
      const callee = unwrap(current.callee);
      if (!/Function/.test(callee.type)) return null;
      const returns = facts.returnsOf.get(callee);
      return returns?.length === 1 ? literalHolder(returns[0], facts, depth + 1) : null;
    }
    case 'ThisExpression': {
      // `this` in a method of an object literal: `{url: "…", send: function () { fetch(this.url) }}`
      let fn = current.parent as Node | null;
      while (fn && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') fn = fn.parent as Node | null;
      const property = fn?.parent as Node | null | undefined;
      return property?.type === 'Property' && property.value === fn && property.parent?.type === 'ObjectExpression' ? (property.parent as Node) : null;
    }
    default:
      return null;
  }
}

/**
 * The literal value a member read yields when its object is a constant object or list: `cfg.gate`, `hosts[1]`,
 * `this.url` inside the object's own methods. Properties written anywhere under the same name are not constant.
 */
export function memberValue(member: Node, facts: ProgramFacts, depth = 0): Node | null {
  if (depth > MAX_CONSTANT_DEPTH) return null;
  let name = propertyName(member);
  if (name === null && member.computed) name = constantValue(member.property, facts, decodeKnownCall, depth + 1);
  if (name === null) return null;
  const holder = literalHolder(member.object, facts, depth + 1);
  if (!holder) return null;
  if (holder.type === 'ArrayExpression') {
    if (!/^\d+$/.test(name)) return null;
    const element = (holder.elements as (Node | null)[])[Number(name)];
    return element && element.type !== 'SpreadElement' ? element : null;
  }
  let found: Node | null = null;
  for (const property of holder.properties as Node[]) {
    if (property.type !== 'Property') return null; // a spread may supply any key
    if (property.computed || property.kind !== 'init') continue;
    const key = property.key.type === 'Identifier' ? (property.key.name as string) : String(property.key.value);
    if (key === name) found = property.value as Node;
  }
  if (!found) return null;
  // Writes of the same property name elsewhere: one on another local object literal (`o.e = …` next to
  // `cfg.e`) is not a write of this one; one through `this`, a property chain or an alias may be.
  for (const write of facts.membersByName.get(name) ?? []) {
    if (write.parent?.type !== 'AssignmentExpression' || write.parent.left !== write) continue;
    const object = unwrap(write.object);
    const other = object.type === 'Identifier' ? facts.bindingOf.get(object) : undefined;
    if (!other || other.global || other.defs.length !== 1) return null;
    const otherValue = other.defs[0]?.value;
    if (!otherValue || literalHolder(otherValue, facts, depth + 1) === holder || unwrap(otherValue).type === 'Identifier') return null;
  }
  return found;
}

/** Call sites of a function examined for the values one of its parameters can take. */
const MAX_HOST_CALL_SITES = 3;

/**
 * The hosts a URL expression can point at, when each of its possible values starts with a constant address: a
 * pick from a constant list (`hosts[Math.random() * 3 | 0]`), either branch of a condition, or a helper's
 * parameter given a different constant URL at each of a few call sites (`frame(a + "?z=1"); frame(b)`). Ad
 * injectors rotate their hosts this way so that no one expression names a single one.
 */
export function possibleHosts(node: Node | null | undefined, facts: ProgramFacts, depth = 0): string[] {
  if (!node || depth > MAX_CONSTANT_DEPTH / 4) return [];
  const host = hostOf(constantPrefix(node, facts));
  if (host) return [host];
  const current = unwrap(node);
  switch (current.type) {
    case 'BinaryExpression':
      return current.operator === '+' ? possibleHosts(current.left, facts, depth + 1) : [];
    case 'TemplateLiteral':
      return String(current.quasis[0]?.value?.cooked ?? '') === '' ? possibleHosts((current.expressions as Node[])[0], facts, depth + 1) : [];
    case 'ConditionalExpression':
      return [...possibleHosts(current.consequent, facts, depth + 1), ...possibleHosts(current.alternate, facts, depth + 1)];
    case 'LogicalExpression':
      return [...possibleHosts(current.left, facts, depth + 1), ...possibleHosts(current.right, facts, depth + 1)];
    case 'CallExpression': {
      // `mapLink(href)` of a local function: the addresses it returns
      const callee = unwrap(current.callee);
      const defs = callee.type === 'Identifier' ? (facts.bindingOf.get(callee)?.defs ?? []) : [];
      const fn = defs.length === 1 ? defs[0]?.value : null;
      if (!fn || fn.opaque === true || !/Function/.test(fn.type)) return [];
      return (facts.returnsOf.get(fn) ?? []).slice(0, MAX_HOST_CALL_SITES).flatMap((returned) => possibleHosts(returned, facts, depth + 1));
    }
    case 'MemberExpression': {
      const list = current.computed ? literalHolder(current.object, facts) : null;
      if (list?.type !== 'ArrayExpression') return [];
      return (list.elements as (Node | null)[]).flatMap((element) => possibleHosts(element, facts, depth + 1));
    }
    case 'Identifier': {
      const binding = facts.bindingOf.get(current);
      if (!binding || binding.global) return [];
      const hosts: string[] = [];
      for (const def of binding.defs) {
        if (def.via === 'init' || def.via === 'assign') hosts.push(...possibleHosts(def.value, facts, depth + 1));
        if (def.via !== 'param' || !def.fn) continue;
        const owner = functionNameId(def.fn);
        const calls = ((owner?.binding as { refs: Node[] } | undefined)?.refs ?? []).filter((ref) => ref.parent?.type === 'CallExpression' && ref.parent.callee === ref);
        if (calls.length > MAX_HOST_CALL_SITES) continue;
        for (const ref of calls) hosts.push(...possibleHosts((ref.parent?.arguments as Node[])[def.index ?? 0], facts, depth + 1));
      }
      return hosts;
    }
    default:
      return [];
  }
}
