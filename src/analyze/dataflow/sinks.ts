/**
 * Sinks: the places where data leaves the page (network requests, element URLs that the browser will load,
 * navigations, cross-window messages) plus storage writes, which skimmers use to stage data for a later send.
 */
import { dottedName, isStringLiteral, propertyName, unwrap, valueHolder, type Node } from '../ast.ts';
import { constantPrefix, constantValue, HOLE, hostOf, textShape } from './constants.ts';
import { inWalkOrder, type Binding, type ProgramFacts } from './facts.ts';

export interface SinkHit {
  /** API spelled for humans: `XMLHttpRequest.send`, `Image.src`, `navigator.sendBeacon`… */
  api: string;
  /** The node where the data leaves: the call or assignment. */
  node: Node;
  /** Constant start of the destination URL, when it can be read off the code. */
  destination: string | null;
  host: string | null;
  /** 'storage' hits stage data for a later send; they are not exfiltration by themselves. */
  staging: boolean;
}

const FETCH_NAMES = new Set(['fetch', 'window.fetch', 'self.fetch', 'globalThis.fetch']);
const JQUERY_NAMES = new Set(['$', 'jQuery', 'window.$', 'window.jQuery']);
const JQUERY_SENDERS = new Set(['ajax', 'post', 'get', 'getJSON', 'getScript', 'load']);
const URL_ATTRIBUTES = new Set(['src', 'href', 'action', 'formAction']);
/** Elements whose URL attribute makes the browser send a request as soon as it is set or inserted. */
const LOADING_ELEMENTS = new Set(['Image', 'img', 'script', 'iframe', 'link', 'form', 'frame', 'embed', 'object', 'audio', 'video', 'source']);
/** `location`, `location.href`, `window.top.location`…: assigning one navigates the page. */
export const LOCATION_NAMES = /^(?:(?:window|self|top|parent|document)\.){0,2}location(?:\.href)?$/;
const STORAGE_NAMES = /^(?:window\.)?(?:localStorage|sessionStorage)$/;

const BARE_SCHEME = /^(?:[a-z][\w+.-]*:)?\/*$/i;

/**
 * `https://` + data + `.zone.example/p.png`: the data is spelled into the host name (DNS exfiltration through image
 * or dns-prefetch lookups), and the constant domain after it is where the lookups end up.
 */
const DATA_SUBDOMAIN = new RegExp(String.raw`^(?:[a-z][\w+.-]*:)?//[^/?#]*${HOLE}[^/?#${HOLE}]*?\.((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]+)\.?(?=[/?#:]|$)`, 'i');

function hit(api: string, node: Node, destinationNode: Node | null | undefined, facts: ProgramFacts, staging = false): SinkHit {
  const prefix = destinationNode ? constantPrefix(destinationNode, facts) : null;
  if (prefix !== null && BARE_SCHEME.test(prefix)) {
    // `https://${data}/`: a scheme alone names no destination, unless a constant domain follows the data
    const shape = textShape(destinationNode, facts);
    const zone = DATA_SUBDOMAIN.exec(shape);
    return { api, node, destination: zone ? shape : null, host: zone ? (zone[1] as string).toLowerCase() : null, staging };
  }
  return { api, node, destination: prefix, host: hostOf(prefix), staging };
}

/** Local functions followed to their returned value when asking what an element or request object is. */
const MAX_CONSTRUCTION_DEPTH = 3;

/** `document.createElement(tag)`, or `document.createElement.call(document, tag)` through a saved reference. */
function createdTag(value: Node, facts: ProgramFacts): string | null {
  if (value.type !== 'CallExpression' || value.callee.type !== 'MemberExpression') return null;
  const method = propertyName(value.callee);
  if (method === 'createElement') return constantValue((value.arguments as Node[])[0], facts);
  const inner = unwrap(value.callee.object);
  if ((method === 'call' || method === 'apply') && inner.type === 'MemberExpression' && propertyName(inner) === 'createElement') {
    return method === 'call' ? constantValue((value.arguments as Node[])[1], facts) : null;
  }
  return null;
}

/** What `receiver` was constructed as: `new XMLHttpRequest()`, `document.createElement("img")`, … */
export function constructedAs(receiver: Node, facts: ProgramFacts, depth = 0): { kind: string; init: Node } | null {
  const candidates: Node[] = [];
  const target = unwrap(receiver);
  if (target.type === 'Identifier') {
    const binding = facts.bindingOf.get(target);
    for (const def of binding?.defs ?? []) if (def.value) candidates.push(def.value);
  } else if (target.type === 'MemberExpression') {
    const name = propertyName(target);
    // `this.socket = new WebSocket(...)` then `this.socket.send(...)`: match writes of the same property name.
    for (const member of name ? facts.membersByName.get(name) ?? [] : []) {
      const parent = member.parent as Node | null;
      if (parent?.type === 'AssignmentExpression' && parent.left === member) candidates.push(parent.right);
    }
  } else {
    candidates.push(target);
  }
  for (const candidate of candidates) {
    const value = unwrap(candidate);
    if (value.type === 'NewExpression') {
      const name = dottedName(value.callee)?.replace(/^(?:window|self|globalThis)\./, '');
      if (name) return { kind: name, init: value };
    }
    const tag = createdTag(value, facts);
    if (tag !== null) return { kind: tag.toLowerCase(), init: value };
    // `var f = frame();` where `function frame() { … return box; }` builds the element
    if (value.type === 'CallExpression' && depth < MAX_CONSTRUCTION_DEPTH) {
      for (const fn of localFunctions(value.callee, facts)) {
        for (const returned of facts.returnsOf.get(fn) ?? []) {
          const built = constructedAs(returned, facts, depth + 1);
          if (built) return built;
        }
      }
    }
  }
  return null;
}

/** The functions a callee names through a local binding (`frame()`, `var f = function () {…}`). */
function localFunctions(callee: Node, facts: ProgramFacts): Node[] {
  const target = unwrap(callee);
  if (target.type !== 'Identifier') return [];
  const binding = facts.bindingOf.get(target);
  if (!binding || binding.global) return [];
  return binding.defs.map((def) => def.value).filter((value): value is Node => !!value && /Function/.test(value.type));
}

/** Aliases of aliases followed when spelling a saved reference (`var P = X.prototype, oa = P.open`). */
const MAX_ALIAS_DEPTH = 6;

/**
 * The expression a once-assigned local stands for, when it holds a reference to a host API: `var F = window.fetch`,
 * `var realBeacon = nav.sendBeacon ? nav.sendBeacon.bind(nav) : null`, `var oa = P.open`. Request hooks keep such a
 * saved original and call it to send their own copy of the data.
 */
export function savedReference(node: Node, facts: ProgramFacts, depth = 0): Node | null {
  const target = unwrap(node);
  if (target.type !== 'Identifier' || depth > MAX_ALIAS_DEPTH) return null;
  const binding = facts.bindingOf.get(target);
  if (!binding || binding.global || binding.defs.length !== 1) return null;
  const def = binding.defs[0];
  if (!def?.value || (def.via !== 'init' && def.via !== 'assign')) return null;
  let value = unwrap(def.value);
  if (value.type === 'ConditionalExpression') value = unwrap(value.consequent);
  else if (value.type === 'LogicalExpression') value = unwrap(value.operator === '&&' ? value.right : value.left);
  // `fn.bind(thisArg)` is the same function
  if (value.type === 'CallExpression' && value.callee.type === 'MemberExpression' && propertyName(value.callee) === 'bind') value = unwrap(value.callee.object);
  if (value.type === 'MemberExpression') return value;
  if (value.type === 'Identifier') return savedReference(value, facts, depth + 1) ?? (facts.bindingOf.get(value)?.global ? value : null);
  return null;
}

/**
 * Calls and `new`s made through a local variable that holds one of `origins`, directly or through other locals:
 * `var e = w.eval; e(code)`, `var F = x ? a.constructor : b; new F(code)`, `var f = g.bind(w), h = f; h(code)`.
 * The inverse of savedReference/canonicalName, so that a detector can start from the few places that name an API
 * instead of resolving every call of a bundle. A superset (every assignment counts, whatever else the variable
 * holds): callers still check each call they are given. In the walk's order.
 */
export function callsThroughLocals(facts: ProgramFacts, origins: Iterable<Node>): Node[] {
  const calls: Node[] = [];
  const seen = new Set<Binding>();
  let frontier = [...origins];
  for (let depth = 0; depth <= MAX_ALIAS_DEPTH && frontier.length > 0; depth++) {
    const next: Node[] = [];
    for (const origin of frontier) {
      const binding = assignedTo(origin, facts);
      if (!binding || binding.global || seen.has(binding)) continue;
      seen.add(binding);
      for (const ref of binding.refs) {
        const { holder, child } = valueHolder(ref);
        if ((holder?.type === 'CallExpression' || holder?.type === 'NewExpression') && holder.callee === child) calls.push(holder);
        next.push(ref);
      }
    }
    frontier = next;
  }
  return inWalkOrder(calls);
}

/** The variable a value is stored in (`var v = value`, `v = value`, also as either branch of `?:`, `||`, `&&`, or bound). */
function assignedTo(value: Node, facts: ProgramFacts): Binding | undefined {
  let { holder, child } = valueHolder(value);
  for (let step = 0; step < MAX_ALIAS_DEPTH && holder; step++) {
    if ((holder.type === 'ConditionalExpression' && holder.test !== child) || holder.type === 'LogicalExpression') {
      ({ holder, child } = valueHolder(holder));
    } else if (holder.type === 'MemberExpression' && holder.object === child && propertyName(holder) === 'bind') {
      const call = holder.parent as Node | null;
      if (call?.type !== 'CallExpression' || call.callee !== holder) return undefined;
      ({ holder, child } = valueHolder(call));
    } else break;
  }
  if (holder?.type === 'VariableDeclarator' && holder.init === child && holder.id.type === 'Identifier') return facts.bindingOf.get(holder.id as Node);
  if (holder?.type === 'AssignmentExpression' && holder.right === child && holder.operator === '=' && unwrap(holder.left).type === 'Identifier') return facts.bindingOf.get(unwrap(holder.left as Node));
  return undefined;
}

/**
 * Dotted name of a member chain with once-assigned local aliases spelled out: `P.open` where
 * `var P = window.XMLHttpRequest.prototype` reads `window.XMLHttpRequest.prototype.open`.
 */
export function canonicalName(node: Node, facts: ProgramFacts, depth = 0): string | null {
  const target = unwrap(node);
  if (depth > MAX_ALIAS_DEPTH) return null;
  if (target.type === 'Identifier') {
    const saved = savedReference(target, facts, depth + 1);
    if (saved && saved !== target) return canonicalName(saved, facts, depth + 1);
    const binding = facts.bindingOf.get(target);
    const def = binding && !binding.global && binding.defs.length === 1 ? binding.defs[0] : undefined;
    if (def?.value && (def.via === 'init' || def.via === 'assign') && unwrap(def.value).type === 'Identifier') return canonicalName(def.value, facts, depth + 1);
    return target.name as string;
  }
  if (target.type === 'ThisExpression') return 'this';
  if (target.type !== 'MemberExpression') return null;
  const name = propertyName(target);
  if (name === null) return null;
  const object = canonicalName(target.object, facts, depth + 1);
  return object === null ? null : `${object}.${name}`;
}

/**
 * A call made through a saved reference or `Function.prototype.call`, rewritten as the direct call it performs:
 * `nativeFetch(url, o)` → `window.fetch(url, o)`, `oa.call(xhr, "POST", url)` → `xhr.open("POST", url)`. The
 * result is a detached node for sink matching only; null when the call is direct already.
 */
function directCall(call: Node, facts: ProgramFacts): { call: Node; shift: number } | null {
  const callee = unwrap(call.callee);
  const args = call.arguments as Node[];
  let target: Node | null = null;
  let shift = 0;
  let receiver: Node | null = null;
  if (callee.type === 'MemberExpression' && propertyName(callee) === 'call' && args.length > 0) {
    const inner = unwrap(callee.object);
    target = inner.type === 'MemberExpression' ? inner : savedReference(inner, facts);
    receiver = args[0] as Node;
    shift = 1;
  } else if (callee.type === 'Identifier') {
    target = savedReference(callee, facts);
  }
  if (!target) return null;
  if (receiver && target.type === 'MemberExpression') {
    target = { type: 'MemberExpression', object: receiver, property: target.property, computed: target.computed, start: target.start, end: target.end, parent: call };
  }
  return { call: { ...call, callee: target, arguments: args.slice(shift) }, shift };
}

/**
 * `.open(method, url)` calls on the same XMLHttpRequest binding give the destination of its `.send(body)`; so does
 * `open.call(xhr, method, url)` through a saved `XMLHttpRequest.prototype.open`.
 */
function xhrOpenUrl(receiver: Node, facts: ProgramFacts): Node | null {
  const target = unwrap(receiver);
  const refs = target.type === 'Identifier' ? facts.bindingOf.get(target)?.refs ?? [] : [];
  for (const ref of refs) {
    const member = ref.parent as Node | null;
    if (member?.type === 'CallExpression' && (member.arguments as Node[])[0] === ref && member.callee.type === 'MemberExpression' &&
        propertyName(member.callee) === 'call' && /(?:^|\.)open$/.test(canonicalName(member.callee.object, facts) ?? '')) {
      return (member.arguments as Node[])[2] ?? null;
    }
    if (member?.type !== 'MemberExpression' || propertyName(member) !== 'open') continue;
    const call = member.parent as Node | null;
    if (call?.type === 'CallExpression' && call.callee === member) return (call.arguments as Node[])[1] ?? null;
  }
  return null;
}

/**
 * The URL a frame was pointed at, for `frame.contentWindow.postMessage(data)`: `frame.src = url` or
 * `frame.setAttribute("src", url)` on the element the script created (possibly returned by a helper).
 */
function frameSource(receiver: Node, facts: ProgramFacts): Node | null {
  const window = unwrap(receiver);
  if (window.type !== 'MemberExpression' || propertyName(window) !== 'contentWindow') return null;
  const built = constructedAs(window.object, facts);
  if (built?.kind !== 'iframe' && built?.kind !== 'frame') return null;
  return elementSource(built.init, facts);
}

/** The URL given to a created element: `el.src = …` or `el.setAttribute("src", …)` on the variable that holds it. */
export function elementSource(init: Node, facts: ProgramFacts): Node | null {
  let holder = init.parent as Node | null;
  while (holder && (holder.type === 'ParenthesizedExpression' || holder.type === 'LogicalExpression' || holder.type === 'ConditionalExpression')) holder = holder.parent as Node | null;
  const id = holder?.type === 'VariableDeclarator' ? holder.id : holder?.type === 'AssignmentExpression' ? unwrap(holder.left) : null;
  const binding = id?.type === 'Identifier' ? facts.bindingOf.get(id) : undefined;
  for (const ref of binding?.refs ?? []) {
    const member = ref.parent as Node | null;
    if (member?.type !== 'MemberExpression' || member.object !== ref) continue;
    const use = member.parent as Node | null;
    if (propertyName(member) === 'src' && use?.type === 'AssignmentExpression' && use.left === member) return use.right as Node;
    if (propertyName(member) === 'setAttribute' && use?.type === 'CallExpression' && use.callee === member) {
      const [name, value] = use.arguments as Node[];
      if (isStringLiteral(name) && name.value === 'src' && value) return value;
    }
  }
  return null;
}

function objectProperty(object: Node | undefined, name: string): Node | null {
  if (!object || object.type !== 'ObjectExpression') return null;
  for (const property of object.properties as Node[]) {
    if (property.type === 'Property' && !property.computed && (property.key.name === name || property.key.value === name)) return property.value;
  }
  return null;
}

/** The sink reached when the value `argument` is passed at position `index` of `call`, if any. */
export function sinkForArgument(call: Node, index: number, facts: ProgramFacts): SinkHit | null {
  const direct = directSink(call, index, facts);
  if (direct) return direct;
  const through = directCall(call, facts);
  if (!through || index < through.shift) return null;
  const hit = directSink(through.call, index - through.shift, facts);
  return hit ? { ...hit, node: call } : null;
}

function directSink(call: Node, index: number, facts: ProgramFacts): SinkHit | null {
  const callee = unwrap(call.callee);
  const args = call.arguments as Node[];
  const name = dottedName(callee);
  if (call.type === 'NewExpression') {
    const short = name?.replace(/^(?:window|self|globalThis)\./, '');
    if ((short === 'WebSocket' || short === 'EventSource') && index === 0) return hit(`new ${short}`, call, args[0], facts);
    return null;
  }
  if (name && FETCH_NAMES.has(name)) return hit('fetch', call, args[0], facts);
  if (name === 'importScripts') return hit('importScripts', call, args[0], facts);
  if (name === 'open' || name === 'window.open') return hit('window.open', call, args[0], facts);
  if (callee.type !== 'MemberExpression') return null;
  const method = propertyName(callee);
  const receiverName = dottedName(callee.object);
  switch (method) {
    case 'sendBeacon': return hit('navigator.sendBeacon', call, args[0], facts);
    case 'send': {
      const built = constructedAs(callee.object, facts);
      if (built?.kind === 'WebSocket') return hit('WebSocket.send', call, (built.init.arguments as Node[])[0], facts);
      if (built?.kind === 'XMLHttpRequest' || built?.kind === 'ActiveXObject') return hit('XMLHttpRequest.send', call, xhrOpenUrl(callee.object, facts), facts);
      return hit('send', call, xhrOpenUrl(callee.object, facts), facts);
    }
    case 'open':
      return index === 1 ? hit('XMLHttpRequest.open', call, args[1], facts) : null;
    case 'postMessage': return hit('postMessage', call, frameSource(callee.object, facts), facts);
    case 'replace':
    case 'assign':
      return receiverName && LOCATION_NAMES.test(receiverName) ? hit(`location.${method}`, call, args[0], facts) : null;
    case 'setAttribute': {
      const attribute = args[0];
      if (index === 1 && isStringLiteral(attribute) && URL_ATTRIBUTES.has(attribute.value)) return hit(`setAttribute(${attribute.value})`, call, args[1], facts);
      return null;
    }
    case 'write':
    case 'writeln':
      return receiverName === 'document' || receiverName === 'window.document' ? hit('document.write', call, null, facts) : null;
    case 'setItem':
      return receiverName && STORAGE_NAMES.test(receiverName) ? hit(`${receiverName.replace(/^window\./, '')}.setItem`, call, null, facts, true) : null;
    default:
      if (method && JQUERY_SENDERS.has(method) && receiverName && JQUERY_NAMES.has(receiverName)) {
        const options = args[0]?.type === 'ObjectExpression' ? args[0] : undefined;
        return hit(`jQuery.${method}`, call, options ? objectProperty(options, 'url') : args[0], facts);
      }
      return null;
  }
}

/** The sink reached when a value is assigned to `left`. */
export function sinkForAssignment(assignment: Node, facts: ProgramFacts): SinkHit | null {
  const left = unwrap(assignment.left);
  const right = assignment.right as Node;
  const name = dottedName(left);
  if (name && LOCATION_NAMES.test(name)) return hit('location', assignment, right, facts);
  if (left.type !== 'MemberExpression') return null;
  const property = propertyName(left);
  if (property === 'cookie' && (name === 'document.cookie' || name === 'window.document.cookie')) return hit('document.cookie', assignment, null, facts, true);
  const objectName = dottedName(left.object);
  if (objectName && STORAGE_NAMES.test(objectName)) return hit(`${objectName.replace(/^window\./, '')}[…]`, assignment, null, facts, true);
  if (property && URL_ATTRIBUTES.has(property)) {
    const built = constructedAs(left.object, facts);
    if (built && LOADING_ELEMENTS.has(built.kind)) return hit(`${built.kind}.${property}`, assignment, right, facts);
    // `x.src = …` on an element of unknown origin still loads; `x.href` on one does not by itself.
    if (!built && property === 'src') return hit('element.src', assignment, right, facts);
  }
  return null;
}
