/**
 * Taint propagation from sources to sinks. A worklist follows only tainted values (cost grows with the tainted part
 * of a program, not with its size): through expressions, variables (flow-insensitively, so a value staged in one
 * handler and sent from a timer is still connected), object properties (the base object is tainted; writes to
 * `this.x` or globals are matched by property name), function parameters and returns, callbacks, encoders and
 * storage.
 */
import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { isFunctionNode, type Binding, type ProgramFacts } from './facts.ts';
import { sinkForArgument, sinkForAssignment, type SinkHit } from './sinks.ts';
import type { SourceLabel } from './sources.ts';

export interface Flow {
  source: SourceLabel;
  sink: SinkHit;
  /** The value passed through an encoder (btoa, encodeURIComponent, a char-code loop…) on the way. */
  encoded: boolean;
}

/** Propagation steps per script; bounds work on pathological inputs (each step visits one tainted node). */
export const MAX_PROPAGATION_STEPS = 200_000;
/** Functions longer than this are not treated as custom encoders (ciphers in skimmers are a few lines). */
const MAX_ENCODER_FUNCTION_LENGTH = 1500;
/** Labels kept per node; more distinct sources reaching one node add nothing to the evidence. */
const MAX_LABELS_PER_NODE = 6;

const ENCODERS = new Set(['btoa', 'window.btoa', 'encodeURIComponent', 'encodeURI', 'escape', 'JSON.stringify', 'String', 'Object.values', 'Object.entries', 'Array.from']);
const ENCODING_CALLS = new Set(['btoa', 'window.btoa', 'encodeURIComponent', 'encodeURI', 'escape']);
const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '>', '<=', '>=', 'instanceof', 'in']);
/** Iteration and promise methods, and which callback parameter receives the (tainted) element. */
const ELEMENT_CALLBACKS = new Map<string, number>([
  ['forEach', 0], ['map', 0], ['filter', 0], ['some', 0], ['every', 0], ['find', 0], ['flatMap', 0], ['reduce', 1],
  ['then', 0], ['each', 1],
]);
/** Methods whose result is made of what their callback returns. */
const RESULT_FROM_CALLBACK = new Set(['reduce', 'reduceRight', 'map', 'flatMap', 'then']);
const RECEIVER_WRITERS = new Set(['push', 'unshift', 'append', 'set', 'add', 'concat', 'splice']);

type Facts = Map<number, boolean>; // label id -> encoded

export interface FlowResult {
  flows: Flow[];
  /** Sources whose value was written to storage or a cookie (staging). */
  staged: Flow[];
  steps: number;
  exhausted: boolean;
}

/** Text of a custom encoder's body. */
const ENCODER_TEXT = /fromCharCode|charCodeAt|btoa\(/;

export function propagate(facts: ProgramFacts, sources: SourceLabel[], source: string): FlowResult {
  const taint = new Map<Node, Facts>();
  const bindingTaint = new Map<Binding, Facts>();
  const fieldTaint = new Map<string, Facts>();
  const work: Node[] = [];
  const flows: Flow[] = [];
  const staged: Flow[] = [];
  const seenFlows = new Set<string>();
  const entryCalls = new Map<Node, Set<Node>>();
  const labels = new Map<number, SourceLabel>(sources.map((label) => [label.id, label]));
  let steps = 0;

  // Function bodies that build strings from char codes are custom encoders (XOR/shift ciphers). Decided when taint
  // first reaches a function: most functions of a bundle never see any.
  const encoders = new Map<Node, boolean>();
  const isEncoder = (fn: Node): boolean => {
    let known = encoders.get(fn);
    if (known === undefined) {
      // Small functions only: a library-sized function mentioning charCodeAt somewhere is not an encoder.
      known = fn.end - fn.start <= MAX_ENCODER_FUNCTION_LENGTH && ENCODER_TEXT.test(source.slice(fn.start, fn.end));
      encoders.set(fn, known);
    }
    return known;
  };

  const merge = (target: Facts | undefined, incoming: Facts, encode: boolean): [Facts, boolean] => {
    const result = target ?? new Map<number, boolean>();
    let changed = !target;
    for (const [id, encoded] of incoming) {
      const next = encoded || encode;
      const current = result.get(id);
      if (current === undefined) {
        if (result.size >= MAX_LABELS_PER_NODE) continue;
        result.set(id, next);
        changed = true;
      } else if (!current && next) {
        result.set(id, true);
        changed = true;
      }
    }
    return [result, changed];
  };

  const taintNode = (node: Node, incoming: Facts, encode = false): void => {
    const [merged, changed] = merge(taint.get(node), incoming, encode);
    if (changed) {
      taint.set(node, merged);
      work.push(node);
    }
  };

  const taintBinding = (binding: Binding, incoming: Facts, encode = false): void => {
    const [merged, changed] = merge(bindingTaint.get(binding), incoming, encode);
    if (!changed) return;
    bindingTaint.set(binding, merged);
    for (const ref of binding.refs) {
      const parent = ref.parent as Node | null;
      if (parent?.type === 'AssignmentExpression' && parent.left === ref && parent.operator === '=') continue;
      taintNode(ref, merged);
    }
  };

  const taintField = (name: string, incoming: Facts): void => {
    const [merged, changed] = merge(fieldTaint.get(name), incoming, false);
    if (!changed) return;
    fieldTaint.set(name, merged);
    for (const member of facts.membersByName.get(name) ?? []) {
      const parent = member.parent as Node | null;
      if (parent?.type === 'AssignmentExpression' && parent.left === member) continue;
      taintNode(member, merged);
    }
  };

  const taintPattern = (pattern: Node, incoming: Facts): void => {
    const stack: Node[] = [pattern];
    while (stack.length > 0) {
      const current = stack.pop() as Node;
      if (current.type === 'Identifier') {
        const binding = facts.bindingOf.get(current);
        if (binding) taintBinding(binding, incoming);
      } else if (current.type === 'ObjectPattern') {
        for (const property of current.properties as Node[]) stack.push(property.type === 'RestElement' ? property.argument : property.value);
      } else if (current.type === 'ArrayPattern') {
        for (const element of current.elements as (Node | null)[]) if (element) stack.push(element);
      } else if (current.type === 'AssignmentPattern') stack.push(current.left);
      else if (current.type === 'RestElement') stack.push(current.argument);
    }
  };

  // The object a property write lands on: `a.b.c = x` taints binding `a`; `this.x = v` / `window.x = v` by name.
  const taintWriteTarget = (member: Node, incoming: Facts): void => {
    let root = unwrap(member.object);
    while (root.type === 'MemberExpression') root = unwrap(root.object);
    const binding = root.type === 'Identifier' ? facts.bindingOf.get(root) : undefined;
    if (binding && !binding.global) taintBinding(binding, incoming);
    // `this.data[key] = v` (a computed key) stores into the object held in `this.data`: taint that field.
    let named: Node = member;
    while (propertyName(named) === null && unwrap(named.object).type === 'MemberExpression') named = unwrap(named.object);
    const name = propertyName(named);
    if (name && (!binding || binding.global)) taintField(name, incoming);
  };

  const recordSink = (sink: SinkHit, incoming: Facts): void => {
    for (const [id, encoded] of incoming) {
      const label = labels.get(id);
      if (!label) continue;
      const key = `${id}:${sink.node.start}:${sink.api}`;
      if (seenFlows.has(key)) continue;
      seenFlows.add(key);
      (sink.staging ? staged : flows).push({ source: label, sink, encoded });
    }
  };

  // Functions the facts walk skipped (no anchor in their text, see relevance.ts) are unknown functions here.
  const calleeFunctions = (call: Node): Node[] => {
    const known = knownFunctions(call);
    return known.length === 0 ? known : known.filter((fn) => fn.opaque !== true);
  };
  const knownFunctions = (call: Node): Node[] => {
    const callee = unwrap(call.callee);
    if (isFunctionNode(callee)) return [callee];
    if (callee.type === 'Identifier') {
      const binding = facts.bindingOf.get(callee);
      // most calls in a bundle go to globals and undefined names: no lists to build for them
      if (!binding || binding.defs.length === 0) return [];
      return binding.defs.map((def) => def.value).filter((value): value is Node => !!value && isFunctionNode(value));
    }
    if (callee.type === 'MemberExpression') {
      const name = propertyName(callee);
      if (name === 'call' || name === 'apply') return knownFunctions({ ...call, callee: callee.object });
      const methods = name ? facts.methodsByName.get(name) : undefined;
      return methods && methods.length <= 4 ? methods : [];
    }
    return [];
  };

  let callersOf: Map<Node, Node[]> | null = null;
  const callers = (fn: Node): Node[] => {
    if (!callersOf) {
      callersOf = new Map();
      for (const call of facts.calls) {
        for (const target of calleeFunctions(call)) {
          const list = callersOf.get(target);
          if (list) list.push(call);
          else callersOf.set(target, [call]);
        }
      }
    }
    return callersOf.get(fn) ?? [];
  };

  for (const label of sources) taintNode(label.node, new Map([[label.id, false]]));

  while (work.length > 0) {
    if (++steps > MAX_PROPAGATION_STEPS) return { flows, staged, steps, exhausted: true };
    const node = work.pop() as Node;
    const incoming = taint.get(node) as Facts;
    const parent = node.parent as Node | null;
    if (!parent) continue;
    switch (parent.type) {
      case 'BinaryExpression':
        if (!COMPARISONS.has(parent.operator as string)) taintNode(parent, incoming);
        break;
      case 'LogicalExpression':
      case 'TemplateLiteral':
      case 'ArrayExpression':
      case 'SpreadElement':
      case 'AwaitExpression':
      case 'ChainExpression':
      case 'ParenthesizedExpression':
      case 'TaggedTemplateExpression':
      case 'YieldExpression':
        taintNode(parent, incoming);
        break;
      case 'ConditionalExpression':
        if (parent.test !== node) taintNode(parent, incoming);
        break;
      case 'SequenceExpression':
        if ((parent.expressions as Node[]).at(-1) === node) taintNode(parent, incoming);
        break;
      case 'Property':
        if (parent.value === node && parent.parent) taintNode(parent.parent, incoming);
        break;
      case 'MemberExpression':
        if (parent.object === node) taintNode(parent, incoming);
        // `ALPHABET[(acc >>> bits) & 31]`: a table looked up by the data re-spells it (base32, hex, substitution)
        else if (parent.computed && parent.property === node) taintNode(parent, incoming);
        break;
      case 'VariableDeclarator':
        if (parent.init === node) taintPattern(parent.id, incoming);
        break;
      case 'AssignmentExpression': {
        if (parent.right !== node) break;
        const left = unwrap(parent.left);
        const sink = sinkForAssignment(parent, facts);
        if (sink) recordSink(sink, incoming);
        if (left.type === 'Identifier') {
          const binding = facts.bindingOf.get(left);
          if (binding) taintBinding(binding, incoming);
        } else if (left.type === 'MemberExpression') {
          taintWriteTarget(left, incoming);
        } else {
          taintPattern(left, incoming);
        }
        taintNode(parent, incoming);
        break;
      }
      case 'ReturnStatement':
      case 'ArrowFunctionExpression': {
        if (parent.type === 'ArrowFunctionExpression' && parent.body !== node) break;
        const fn = parent.type === 'ArrowFunctionExpression' ? parent : facts.enclosingFunction.get(parent);
        if (!fn) break;
        const encode = isEncoder(fn);
        // A value that entered through a parameter returns only to the calls that passed it in; returning it to
        // every caller of a shared utility would connect unrelated code (the classic context-insensitive blow-up).
        const entered = entryCalls.get(fn);
        for (const call of entered ?? callers(fn)) taintNode(call, incoming, encode);
        // `list.reduce((acc, x) => { …; return acc; }, {})`, `.map(…)`, `.then(…)`: the callback's result is the call's.
        const host = fn.parent as Node | null;
        if (host?.type === 'CallExpression' && host.callee.type === 'MemberExpression' && (host.arguments as Node[]).includes(fn)) {
          const method = propertyName(host.callee);
          if (method && RESULT_FROM_CALLBACK.has(method)) taintNode(host, incoming, encode);
        }
        break;
      }
      case 'ForOfStatement':
      case 'ForInStatement':
        if (parent.right === node) {
          const left = parent.left as Node;
          taintPattern(left.type === 'VariableDeclaration' ? left.declarations[0].id : left, incoming);
        }
        break;
      case 'CallExpression':
      case 'NewExpression': {
        if (parent.callee === node) {
          taintNode(parent, incoming); // method call on a tainted value: data.toString(), value.replace(...)
          // `fields.forEach(({name, value}) => …)`, `promise.then(v => …)`: callbacks receive the elements.
          const method = node.type === 'MemberExpression' ? propertyName(node) : null;
          const position = method ? ELEMENT_CALLBACKS.get(method) : undefined;
          if (position !== undefined) {
            for (const argument of parent.arguments as Node[]) {
              const callback = unwrap(argument);
              const fns = isFunctionNode(callback) ? [callback] : calleeFunctions({ ...parent, callee: callback });
              for (const fn of fns) {
                const param = (fn.params as Node[])[position];
                if (param) taintPattern(param, incoming);
              }
            }
          }
          break;
        }
        const index = (parent.arguments as Node[]).indexOf(node);
        if (index < 0) break;
        const sink = sinkForArgument(parent, index, facts);
        if (sink) recordSink(sink, incoming);
        const callee = unwrap(parent.callee);
        const name = dottedName(callee);
        if (name && ENCODERS.has(name)) {
          taintNode(parent, incoming, ENCODING_CALLS.has(name));
          break;
        }
        if (callee.type === 'MemberExpression') {
          const method = propertyName(callee);
          if (method && RECEIVER_WRITERS.has(method)) taintWriteTargetOrBinding(callee.object, incoming);
          if (name === 'Object.assign' && index > 0) taintWriteTargetOrBinding((parent.arguments as Node[])[0] as Node, incoming);
        }
        // `new Promise((resolve) => …resolve(value)…)`: the promise carries what resolve is given (await, then)
        const settled = promiseOfResolver(callee);
        if (settled) taintNode(settled, incoming);
        const targets = calleeFunctions(parent);
        if (targets.length === 0) {
          taintNode(parent, incoming); // unknown function: assume its result carries the data
        }
        for (const fn of targets) {
          const param = (fn.params as Node[])[index];
          const entered = entryCalls.get(fn) ?? new Set<Node>();
          entered.add(parent);
          entryCalls.set(fn, entered);
          if (param) taintPattern(param, incoming);
          if (isEncoder(fn)) taintNode(parent, incoming, true);
        }
        break;
      }
      default:
        break;
    }
  }
  return { flows, staged, steps, exhausted: false };

  /** The `new Promise(…)` whose executor received `callee` as its resolve function, if it did. */
  function promiseOfResolver(callee: Node): Node | null {
    if (callee.type !== 'Identifier') return null;
    const def = facts.bindingOf.get(callee)?.defs[0];
    if (def?.via !== 'param' || def.index !== 0 || !def.fn) return null;
    const promise = def.fn.parent as Node | null;
    return promise?.type === 'NewExpression' && dottedName(promise.callee) === 'Promise' && (promise.arguments as Node[])[0] === def.fn ? promise : null;
  }

  function taintWriteTargetOrBinding(target: Node, incoming: Facts): void {
    const object = unwrap(target);
    if (object.type === 'Identifier') {
      const binding = facts.bindingOf.get(object);
      if (binding) taintBinding(binding, incoming);
    } else if (object.type === 'MemberExpression') {
      taintWriteTarget(object, incoming);
    } else {
      taintNode(object, incoming);
    }
  }
}
