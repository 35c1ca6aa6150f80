/**
 * Inlines calls of small pure helpers on constants: `r("lave")` where `function r(s) { return
 * s.split("").reverse().join(""); }`. Obfuscated skimmers route every telling name through such a helper, so that no
 * string in the file reads as what it is. The helper's returned expression is copied with the arguments in place
 * of the parameters and folded with the decoding transforms; nothing is executed. Only expressions made of
 * parameters, literals, operators and the pure methods the transforms know are accepted.
 */
import { isNode, type Node } from '../ast.ts';
import { spellsAnchor } from '../relevance.ts';
import { transformTable } from '../transforms/index.ts';
import { literalValue } from '../transforms/literals.ts';
import { pushTo, reindexNamedParent, type Binding, type ProgramFacts } from './facts.ts';
import { constantValue } from './constants.ts';

/** A helper's returned expression larger than this is not a helper. */
const MAX_HELPER_NODES = 120;
/** Calls inlined per script; bounds the work a file of a million helper calls could cause. */
const MAX_INLINED_CALLS = 5000;

const ALLOWED = new Set(['Identifier', 'Literal', 'MemberExpression', 'CallExpression', 'BinaryExpression', 'TemplateLiteral', 'TemplateElement', 'ArrayExpression', 'ConditionalExpression', 'UnaryExpression', 'SpreadElement']);
const PURE_GLOBALS = new Set(['String', 'atob', 'btoa', 'unescape', 'decodeURIComponent', 'decodeURI', 'undefined']);

function isRestName(param: Node): boolean {
  return param.type === 'RestElement' && (param.argument as Node).type === 'Identifier';
}

function paramName(param: Node): string {
  return (param.type === 'RestElement' ? param.argument.name : param.name) as string;
}

/** The expression a helper returns, when the helper is one `return` of an allowed expression. */
function returnedExpression(fn: Node): Node | null {
  const list = fn.params as Node[];
  // plain parameters, and a last `...rest` one: `(...n) => String.fromCharCode(...n)`
  if (list.length > 4 || list.some((param, index) => param.type !== 'Identifier' && !(index === list.length - 1 && isRestName(param)))) return null;
  const body = fn.body as Node;
  const expression = body.type !== 'BlockStatement' ? body
    : body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? (body.body[0].argument as Node | null) : null;
  if (!expression) return null;
  const params = new Set(list.map((param) => paramName(param)));
  // `function s() { return String.fromCharCode.apply(null, arguments); }`: the call's arguments as a list
  if (fn.type !== 'ArrowFunctionExpression') params.add('arguments');
  let count = 0;
  let ok = true;
  const check = (node: Node, key: string, parent: Node | null): void => {
    if (!ok) return;
    if (++count > MAX_HELPER_NODES || !ALLOWED.has(node.type)) { ok = false; return; }
    if (node.type === 'Identifier') {
      const isProperty = parent?.type === 'MemberExpression' && key === 'property' && !parent.computed;
      if (!isProperty && !params.has(node.name as string) && !PURE_GLOBALS.has(node.name as string)) ok = false;
      return;
    }
    for (const childKey of Object.keys(node)) {
      if (childKey === 'parent' || childKey === 'binding' || childKey === 'enclosingFn') continue;
      const value: unknown = node[childKey];
      if (Array.isArray(value)) { for (const item of value) if (isNode(item)) check(item, childKey, node); }
      else if (isNode(value)) check(value, childKey, node);
    }
  };
  check(expression, '', null);
  return ok ? expression : null;
}

/** Copies `node`, replacing parameter identifiers by copies of the arguments. */
function substitute(node: Node, bindings: Map<string, Node>, parent: Node | null, key: string): Node {
  if (node.type === 'Identifier' && !(parent?.type === 'MemberExpression' && key === 'property' && !parent.computed)) {
    const replacement = bindings.get(node.name as string);
    if (replacement) return { ...replacement };
  }
  const copy: Node = { type: node.type, start: node.start, end: node.end };
  for (const childKey of Object.keys(node)) {
    if (childKey === 'type' || childKey === 'start' || childKey === 'end' || childKey === 'parent' || childKey === 'binding' || childKey === 'enclosingFn') continue;
    const value: unknown = node[childKey];
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value as unknown[]) {
        const spread = isNode(item) && item.type === 'SpreadElement' ? spreadList(item, bindings) : null;
        if (spread) items.push(...spread.map((element) => ({ ...element })));
        else items.push(isNode(item) ? substitute(item, bindings, copy, childKey) : item);
      }
      copy[childKey] = items;
    }
    else if (isNode(value)) copy[childKey] = substitute(value, bindings, copy, childKey);
    else copy[childKey] = value;
  }
  return copy;
}

/** `...n` where `n` is a rest parameter: the arguments it collected, spread in place. */
function spreadList(spread: Node, bindings: Map<string, Node>): Node[] | null {
  const argument = spread.argument as Node;
  const bound = argument.type === 'Identifier' ? bindings.get(argument.name as string) : undefined;
  return bound?.type === 'ArrayExpression' && bound.rest === true ? (bound.elements as Node[]) : null;
}

/** Folds a small detached expression bottom-up with the transform table. */
function fold(node: Node, depth = 0): Node {
  if (depth > 64) return node;
  for (const key of Object.keys(node)) {
    const value: unknown = node[key];
    if (Array.isArray(value)) node[key] = value.map((item: unknown) => (isNode(item) ? fold(item, depth + 1) : item));
    else if (isNode(value) && key !== 'parent') node[key] = fold(value, depth + 1);
  }
  let current = node;
  for (let round = 0; round < 4; round++) {
    let replaced: Node | null = null;
    for (const entry of transformTable.get(current.type) ?? []) {
      replaced = entry.visit(current);
      if (replaced && replaced !== current) break;
      replaced = null;
    }
    if (!replaced) break;
    current = replaced;
  }
  return current;
}

const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * `w[cfg.store]`, `ls[_a("c2V0SXRlbQ==")]`, `proto[c.o]`: a computed key whose value the constant evaluation knows
 * (a configuration object's property, a decoder called on a literal, a variable assigned more than once to the same
 * string) is rewritten as a dotted member (`w.localStorage`, `proto.open`) and filed under its name. Keys the facts
 * walk resolves itself (a once-assigned variable) are already dotted by then.
 */
function inlineConstantMemberKeys(facts: ProgramFacts, budget: number, result: InlineResult): void {
  for (const member of facts.byType.get('MemberExpression') ?? []) {
    if (result.count >= budget) break;
    if (!member.computed || member.type !== 'MemberExpression') continue;
    const key = member.property as Node;
    // (a literal key here was a helper call a moment ago: `o[k("theme")]`)
    if (key.type !== 'MemberExpression' && key.type !== 'CallExpression' && key.type !== 'Identifier' && key.type !== 'Literal') continue;
    const value = constantValue(key, facts);
    if (value === null || !IDENTIFIER_NAME.test(value)) continue;
    member.computed = false;
    member.property = { type: 'Identifier', name: value, start: key.start, end: key.end, parent: member };
    pushTo(facts.membersByName, value, member);
    reindexNamedParent(facts, member);
    if (!facts.names.has(value)) facts.names.set(value, member);
    result.count++;
    // A revealed API name can make an alias (`var X = w[k]` → `w.XMLHttpRequest`) or a sink visible only to a new walk.
    if (spellsAnchor(value)) result.needsRewalk = true;
  }
}

export interface InlineResult {
  /** Calls and member keys rewritten. */
  count: number;
  /**
   * True when a rewrite may enable more: a revealed string that spells an anchor (see relevance.ts), or a constant
   * placed where a fold could now combine it with its neighbours (`"va" + r("lue")`, `atob(r(…))`). Otherwise the
   * facts of the first walk stay valid and the program is not walked again: on bundles a second walk is as costly
   * as the first, and libraries inline harmless constants (error messages, option keys) all the time.
   */
  needsRewalk: boolean;
}

/** Rewrites calls of pure helpers on constant arguments into their constant results, in place. */
export function inlinePureHelpers(facts: ProgramFacts): InlineResult {
  const result: InlineResult = { count: 0, needsRewalk: false };
  inlineHelperCalls(facts, result);
  if (result.count > 0) {
    // The inlined calls are literals now; without a new walk, the indexes must say so.
    facts.calls = facts.calls.filter((call) => call.type === 'CallExpression' || call.type === 'NewExpression');
    const calls = facts.byType.get('CallExpression');
    if (calls) facts.byType.set('CallExpression', calls.filter((call) => call.type === 'CallExpression'));
  }
  inlineConstantMemberKeys(facts, MAX_INLINED_CALLS, result);
  return result;
}

/** Parents in which a constant is final: nothing folds it with its neighbours. */
function foldsNoFurther(node: Node): boolean {
  const parent = node.parent as Node | null | undefined;
  switch (parent?.type) {
    case 'VariableDeclarator': case 'Property': case 'ReturnStatement': case 'ExpressionStatement':
      return true;
    case 'AssignmentExpression':
      return parent.right === node;
    case 'MemberExpression':
      // a computed key: dotted by inlineConstantMemberKeys, which decides for itself
      return parent.computed === true && parent.property === node;
    case 'CallExpression': case 'NewExpression':
      // an argument, unless of a decoder that folds literals (atob, fromCharCode, decodeURIComponent…)
      return parent.callee !== node && !spellsAnchor(calleeWord(parent.callee as Node));
    default:
      return false;
  }
}

/** The callee's last name, for the anchor test: `String.fromCharCode` → "fromCharCode"; other shapes count as decoders. */
function calleeWord(callee: Node): string {
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name as string;
  return 'eval';
}

function inlineHelperCalls(facts: ProgramFacts, result: InlineResult): void {
  const helpers = new Map<Node, Node | null>();
  for (const call of facts.calls) {
    if (result.count >= MAX_INLINED_CALLS) break;
    if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') continue;
    const binding = call.callee.binding as Binding | undefined;
    if (!binding || binding.global || binding.defs.length !== 1) continue;
    const fn = binding.defs[0]?.value;
    if (!fn || !/Function/.test(fn.type)) continue;
    if (!helpers.has(fn)) helpers.set(fn, returnedExpression(fn));
    const expression = helpers.get(fn);
    if (!expression) continue;
    const args = call.arguments as Node[];
    if (args.some((arg) => literalValue(arg) === undefined)) continue;
    const values = new Map<string, Node>();
    (fn.params as Node[]).forEach((param, index) => {
      if (param.type === 'RestElement') values.set(paramName(param), { type: 'ArrayExpression', elements: args.slice(index), rest: true, start: call.start, end: call.end });
      else values.set(param.name as string, args[index] ?? { type: 'Identifier', name: 'undefined', start: call.start, end: call.end });
    });
    if (!values.has('arguments')) values.set('arguments', { type: 'ArrayExpression', elements: args, start: call.start, end: call.end });
    const folded = fold(substitute(expression, values, null, ''));
    if (folded.type !== 'Literal' || typeof folded.value !== 'string') continue;
    const value = folded.value;
    // In place, so that the node keeps its identity and its parent's link to it.
    for (const key of Object.keys(call)) if (key !== 'parent' && key !== 'start' && key !== 'end') delete call[key];
    Object.assign(call, { type: 'Literal', value, raw: JSON.stringify(value) });
    facts.strings.push(call);
    pushTo(facts.byType, 'Literal', call);
    result.count++;
    if (spellsAnchor(value) || !foldsNoFurther(call)) result.needsRewalk = true;
  }
}
