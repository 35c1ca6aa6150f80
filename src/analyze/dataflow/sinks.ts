/**
 * Sinks: the places where data leaves the page (network requests, element URLs that the browser will load,
 * navigations, cross-window messages) plus storage writes, which skimmers use to stage data for a later send.
 */
import { dottedName, isStringLiteral, propertyName, unwrap, type Node } from '../ast.ts';
import { constantPrefix, constantValue, hostOf } from './constants.ts';
import type { ProgramFacts } from './facts.ts';

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

function hit(api: string, node: Node, destinationNode: Node | null | undefined, facts: ProgramFacts, staging = false): SinkHit {
  const destination = destinationNode ? constantPrefix(destinationNode, facts) : null;
  return { api, node, destination, host: hostOf(destination), staging };
}

/** What `receiver` was constructed as: `new XMLHttpRequest()`, `document.createElement("img")`, … */
export function constructedAs(receiver: Node, facts: ProgramFacts): { kind: string; init: Node } | null {
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
    if (value.type === 'CallExpression' && value.callee.type === 'MemberExpression' && propertyName(value.callee) === 'createElement') {
      const tag = constantValue((value.arguments as Node[])[0], facts);
      if (tag !== null) return { kind: tag.toLowerCase(), init: value };
    }
  }
  return null;
}

/** `.open(method, url)` calls on the same XMLHttpRequest binding give the destination of its `.send(body)`. */
function xhrOpenUrl(receiver: Node, facts: ProgramFacts): Node | null {
  const target = unwrap(receiver);
  const refs = target.type === 'Identifier' ? facts.bindingOf.get(target)?.refs ?? [] : [];
  for (const ref of refs) {
    const member = ref.parent as Node | null;
    if (member?.type !== 'MemberExpression' || propertyName(member) !== 'open') continue;
    const call = member.parent as Node | null;
    if (call?.type === 'CallExpression' && call.callee === member) return (call.arguments as Node[])[1] ?? null;
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
    case 'postMessage': return hit('postMessage', call, null, facts);
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
