/**
 * Where a value comes from, read backwards: the expression, the definitions of the variables it reads, the
 * arguments its parameters receive at their call sites, what the local functions and methods it calls return, and
 * the promise a `.then` callback hangs off. Loaders and redirectors hide the origin of what they run or where they
 * send the visitor behind exactly these hops (`fetch(u).then(r => r.text()).then(run)`, `Router.follow(await
 * Router.send(p))`, a JSONP callback the server's script calls). The answer is the source text of those places,
 * for detectors to test for decoders or response bodies; nothing is evaluated.
 */
import { dottedName, functionNameId, propertyName, unwrap, walk, type Node } from '../ast.ts';
import type { Binding, ProgramFacts } from './facts.ts';

/** Hops followed backwards from the starting expression. */
const MAX_ORIGIN_DEPTH = 4;
/** Source text gathered; enough to hold a decoder or a response read, bounded on hostile inputs. */
const MAX_ORIGIN_TEXT = 3000;
/** Characters taken from one contributing node. */
const MAX_SLICE = 600;
/** Identifiers of one node whose definitions are followed. */
const MAX_IDENTIFIERS = 20;
/**
 * Call sites of one function examined for the arguments its parameters receive. A function called from more places
 * is a shared utility: joining all its callers would connect unrelated code (a library's `navigate(url)` reached
 * from everywhere), so its parameters are not traced.
 */
const MAX_CALL_SITES = 3;
/** Methods of one name followed (`x.send()` where several objects define `send`). */
const MAX_METHODS = 4;

export interface Origin {
  text: string;
  /** A parameter of a function installed on `window` under some name: a JSONP callback the server's script calls. */
  jsonp: boolean;
  /** Some contributing value is a function: the expression may be a callback rather than text. */
  callable: boolean;
}

const WINDOW = /^(?:window|self|globalThis|top)$/;

/** The property name a function is stored under: `{ send: function () {} }`, `X.prototype.send = …`, class methods. */
export function methodName(fn: Node): string | null {
  const holder = fn.parent as Node | null;
  if (!holder) return null;
  if ((holder.type === 'Property' || holder.type === 'MethodDefinition') && holder.value === fn && !holder.computed) {
    return holder.key.type === 'Identifier' ? (holder.key.name as string) : String(holder.key.value);
  }
  if (holder.type === 'AssignmentExpression' && holder.right === fn && unwrap(holder.left).type === 'MemberExpression') return propertyName(unwrap(holder.left));
  return null;
}

/** Calls of `fn`: through its name (`f(x)`) or the property it is stored under (`obj.f(x)`, `this.f(x)`). */
function callSitesOf(fn: Node, facts: ProgramFacts): Node[] {
  const sites = allCallSitesOf(fn, facts);
  return sites.length > MAX_CALL_SITES ? [] : sites;
}

function allCallSitesOf(fn: Node, facts: ProgramFacts): Node[] {
  const sites: Node[] = [];
  const owner = functionNameId(fn);
  const binding = owner ? facts.bindingOf.get(owner) : undefined;
  for (const ref of binding?.refs ?? []) {
    if (sites.length > MAX_CALL_SITES) break;
    const call = ref.parent as Node | null;
    if ((call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.callee === ref) sites.push(call);
    // `g(url, run)`: passed on to a local function, whose parameter is then called
    else if (call?.type === 'CallExpression' && (call.arguments as Node[]).includes(ref)) sites.push(...forwardedCalls(call, (call.arguments as Node[]).indexOf(ref), facts));
  }
  const name = methodName(fn);
  if (name) {
    for (const member of facts.membersByName.get(name) ?? []) {
      if (sites.length > MAX_CALL_SITES) break;
      const call = member.parent as Node | null;
      if (call?.type === 'CallExpression' && call.callee === member) sites.push(call);
    }
  }
  return sites;
}

/** Calls, inside the local function `call` invokes, of the parameter at `index` (`function g(u, c) { … c(x.responseText) }`). */
function forwardedCalls(call: Node, index: number, facts: ProgramFacts): Node[] {
  const callee = unwrap(call.callee);
  const binding = callee.type === 'Identifier' ? facts.bindingOf.get(callee) : undefined;
  const result: Node[] = [];
  for (const def of binding && !binding.global ? binding.defs : []) {
    const fn = def.value;
    if (!fn || !/Function/.test(fn.type)) continue;
    const param = (fn.params as Node[])[index];
    const paramBinding = param?.type === 'Identifier' ? facts.bindingOf.get(param) : undefined;
    for (const ref of paramBinding?.refs ?? []) {
      const inner = ref.parent as Node | null;
      if (inner?.type === 'CallExpression' && inner.callee === ref && result.length < MAX_CALL_SITES) result.push(inner);
    }
  }
  return result;
}

/** Functions a call invokes: a local binding's function, or the methods stored under the called property's name. */
function calledFunctions(call: Node, facts: ProgramFacts): Node[] {
  const callee = unwrap(call.callee);
  if (/Function/.test(callee.type)) return [callee];
  if (callee.type === 'Identifier') {
    const binding = facts.bindingOf.get(callee);
    return binding && !binding.global ? binding.defs.map((def) => def.value).filter((value): value is Node => !!value && /Function/.test(value.type)) : [];
  }
  if (callee.type === 'MemberExpression') {
    const name = propertyName(callee);
    const methods = name ? facts.methodsByName.get(name) ?? [] : [];
    return methods.length <= MAX_METHODS ? methods : [];
  }
  return [];
}

/** Whether `fn` is installed as a global callback: `window.cb = function (d) {…}`, `window[name] = …`. */
function isGlobalCallback(fn: Node, facts: ProgramFacts): boolean {
  const holder = fn.parent as Node | null;
  if (holder?.type !== 'AssignmentExpression' || holder.right !== fn) return false;
  const left = unwrap(holder.left);
  if (left.type !== 'MemberExpression') return false;
  const object = unwrap(left.object);
  // the global object itself, not a local that happens to be called `self` (`var self = this`)
  return object.type === 'Identifier' && WINDOW.test(object.name as string) && !!facts.bindingOf.get(object)?.global;
}

export function originOf(start: Node, facts: ProgramFacts, source: string): Origin {
  const origin: Origin = { text: '', jsonp: false, callable: false };
  const seen = new Set<Node>();
  const seenBindings = new Set<Binding>();
  const visit = (node: Node | null | undefined, depth: number, called = false): void => {
    if (!node || depth > MAX_ORIGIN_DEPTH || seen.has(node) || origin.text.length > MAX_ORIGIN_TEXT) return;
    seen.add(node);
    if (/Function/.test(unwrap(node).type) && !called) origin.callable = true;
    origin.text += ' ' + source.slice(node.start, Math.min(node.end, node.start + MAX_SLICE));
    const identifiers: Node[] = [];
    const calls: Node[] = [];
    walk(node, (child) => {
      if (child.type === 'Identifier' && identifiers.length < MAX_IDENTIFIERS) identifiers.push(child);
      else if (child.type === 'CallExpression' && calls.length < MAX_IDENTIFIERS) calls.push(child);
      // both lists full: the rest of a large definition (a library's IIFE) would only be read and dropped
      return identifiers.length < MAX_IDENTIFIERS || calls.length < MAX_IDENTIFIERS;
    });
    for (const id of identifiers) {
      const binding = facts.bindingOf.get(id);
      if (!binding || binding.global || seenBindings.has(binding)) continue;
      seenBindings.add(binding);
      for (const def of binding.defs) {
        // a function the expression calls (`decode(s, 7)`) contributes its body; one it passes on is a value
        const called = id.parent?.type === 'CallExpression' && id.parent.callee === id;
        if (def.via !== 'param' || !def.fn) { visit(def.value, depth + 1, called); continue; }
        const fn = def.fn;
        // only the target's own parameter: deeper, any library's global callbacks would count
        if (depth === 0 && isGlobalCallback(fn, facts)) origin.jsonp = true;
        const host = fn.parent as Node | null;
        // `promise.then(function (t) {…})`: the value comes from the promise
        if (host?.type === 'CallExpression' && (host.arguments as Node[]).includes(fn) && host.callee.type === 'MemberExpression') visit(host.callee.object, depth + 1);
        for (const call of callSitesOf(fn, facts)) {
          const argument = (call.arguments as Node[])[def.index ?? 0];
          if (argument) visit(argument, depth + 1);
          // `.then(run)`: the named callback receives what the promise resolves to
          const outer = call.parent as Node | null;
          if (outer?.type === 'CallExpression' && outer.callee.type === 'MemberExpression' && (outer.arguments as Node[]).includes(call)) visit(outer.callee.object, depth + 1);
        }
        const owner = functionNameId(fn);
        for (const ref of (owner ? facts.bindingOf.get(owner)?.refs : undefined) ?? []) {
          const then = ref.parent as Node | null;
          if (then?.type === 'CallExpression' && then.callee.type === 'MemberExpression' && (then.arguments as Node[]).includes(ref)) visit(then.callee.object, depth + 1);
        }
      }
    }
    for (const call of calls) {
      // The callee as the analysis reads it after alias inlining (`_dec(s)` where `var _dec = self.atob`)
      const name = dottedName(call.callee);
      if (name) origin.text += ` ${name}()`;
      for (const fn of calledFunctions(call, facts)) for (const returned of facts.returnsOf.get(fn) ?? []) visit(returned, depth + 1);
    }
  };
  visit(start, 0);
  return origin;
}
