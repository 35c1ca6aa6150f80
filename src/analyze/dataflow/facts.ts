/**
 * One walk over the program that both normalises it and records what every later stage needs.
 *
 * On the way down it tracks scopes and declarations; on the way up (children before parents) it applies the
 * decoding transforms to each node — so `"x".split("").reverse().join("")` collapses bottom-up — and then records
 * the final node: calls, property reads, strings, returns, method definitions, and nodes by type for the
 * detectors. Fusing the two saves a full walk on multi-megabyte bundles, where the analysis must stay within a small
 * multiple of parse time. Written by hand because the dataflow needs definitions (not only references);
 * eslint-scope allocates far more than we use.
 *
 * Links live on the nodes themselves (`parent`, `binding`, `enclosingFn`): property access is much cheaper than
 * Map look-ups over millions of nodes.
 */
import { childKeys, isNode, propertyName, type Node } from '../ast.ts';
import { transformTable, type TransformTable } from '../transforms/index.ts';
import { constantValue, iifeArgumentOf } from './constants.ts';
import type { AnchorIndex } from '../relevance.ts';

export type DefinitionVia = 'init' | 'assign' | 'compound' | 'function' | 'param' | 'element' | 'part';

export interface Definition {
  value: Node | null;
  via: DefinitionVia;
  /** For params: the function and the parameter's position. */
  fn?: Node;
  index?: number;
}

export interface Binding {
  name: string;
  global: boolean;
  defs: Definition[];
  refs: Node[];
}

interface Scope {
  parent: Scope | null;
  isFunction: boolean;
  /** Created on the first declaration: most blocks declare nothing, and a Map per block is garbage to collect. */
  names: Map<string, Binding> | null;
}

/** Read-only view of a link stored on nodes, with the Map-like `get`/`has` the callers use. */
export interface NodeLink<T> {
  get(node: Node): T | undefined;
  has(node: Node): boolean;
}

export interface ProgramFacts {
  bindingOf: NodeLink<Binding>;
  enclosingFunction: NodeLink<Node | null>;
  globals: Map<string, Binding>;
  calls: Node[];
  functions: Node[];
  /** Function nodes stored under a property name (`{m: function(){}}`, `x.m = () => {}`, class methods). */
  methodsByName: Map<string, Node[]>;
  /** Non-computed member reads grouped by property name, for field-based propagation. */
  membersByName: Map<string, Node[]>;
  returnsOf: Map<Node, Node[]>;
  strings: Node[];
  /**
   * First node for every name the code spells: declared bindings, object keys, property reads, globals. Detectors
   * that match vocabulary look here instead of at every identifier.
   */
  names: Map<string, Node>;
  /** Nodes of the types in INDEXED_TYPES, for the detectors' visitors. */
  byType: Map<string, Node[]>;
  /** Changes made by each transform. */
  transforms: Record<string, number>;
  nodeCount: number;
}

/** Node types the detectors may visit; a detector visiting another type is a programming error (see tests). */
export const INDEXED_TYPES: ReadonlySet<string> = new Set([
  'Literal', 'CallExpression', 'NewExpression', 'MemberExpression', 'AssignmentExpression',
  'BinaryExpression', 'Property', 'DebuggerStatement', 'TemplateLiteral',
]);

/** Successive rewrites of one position; real chains need two or three, more means transforms disagree. */
const MAX_REWRITES_PER_NODE = 8;
/** Small functions are always walked: a few lines cost little, and skimmers route data through small helpers. */
const MIN_OPAQUE_LENGTH = 400;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const BLOCK_SCOPE_TYPES = new Set(['BlockStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement', 'StaticBlock']);

export function isFunctionNode(node: Node | null | undefined): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

interface Frame { node: Node; parent: Node | null; key: string; index: number; scope: Scope; fn: Node | null }

function lookup(scope: Scope, name: string): Binding | undefined {
  for (let current: Scope | null = scope; current; current = current.parent) {
    const found = current.names?.get(name);
    if (found) return found;
  }
  return undefined;
}

function functionScopeOf(scope: Scope): Scope {
  let current = scope;
  while (!current.isFunction && current.parent) current = current.parent;
  return current;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const bindingLink: NodeLink<Binding> = {
  get: (node) => node.binding as Binding | undefined,
  has: (node) => node.binding !== undefined,
};
const functionLink: NodeLink<Node | null> = {
  get: (node) => node.enclosingFn as Node | null | undefined,
  has: (node) => node.enclosingFn !== undefined,
};

/** Node types that `record` files; they are visited again on the way up, after their children. */
const RECORDED_TYPES: ReadonlySet<string> = new Set([
  ...INDEXED_TYPES, 'MethodDefinition', 'PropertyDefinition', 'ReturnStatement', 'ArrowFunctionExpression',
]);
const exitTypesCache = new WeakMap<TransformTable, ReadonlySet<string>>();
function exitTypesFor(table: TransformTable): ReadonlySet<string> {
  let types = exitTypesCache.get(table);
  if (!types) {
    types = new Set([...RECORDED_TYPES, ...table.keys()]);
    exitTypesCache.set(table, types);
  }
  return types;
}

/** A definition whose value is read from its holder after the walk (transforms may replace it meanwhile). */
interface PendingDefinition { id: Node; scope: Scope; def: Definition; holder?: Node; key?: string }

export interface CollectOptions {
  table?: TransformTable;
  /**
   * When given, a function whose text holds no anchor is not walked: it is recorded as `opaque` and the dataflow
   * treats calls to it as unknown (see relevance.ts).
   */
  anchors?: AnchorIndex;
}

export function collectFacts(program: Node, options: CollectOptions = {}): ProgramFacts {
  const table = options.table ?? transformTable;
  const anchors = options.anchors;
  const root: Scope = { parent: null, isFunction: true, names: null };
  const facts: ProgramFacts = {
    bindingOf: bindingLink, enclosingFunction: functionLink, globals: new Map(), calls: [], functions: [],
    methodsByName: new Map(), membersByName: new Map(), returnsOf: new Map(), strings: [], byType: new Map(), names: new Map(),
    transforms: {}, nodeCount: 0,
  };
  // References resolve after the walk (a `var` or function may be declared below its use); parallel arrays
  // rather than one object per identifier.
  const pendingRefIds: Node[] = [];
  const pendingRefScopes: Scope[] = [];
  const computedByName: Node[] = [];
  const pendingDefs: PendingDefinition[] = [];
  const exitTypes = exitTypesFor(table);
  // Bindings that may alias a host global (`var d = document`, `var s = String.fromCharCode`, an IIFE parameter):
  // collected here so that alias inlining does not have to scan every binding of a bundle.
  const aliasCandidates = new Set<Binding>();
  // The walk's stack as parallel arrays: one object per frame would mean two allocations per node, and on
  // multi-megabyte bundles the garbage collector then costs more than the walk.
  const stackNodes: Node[] = [program];
  const stackParents: (Node | null)[] = [null];
  const stackKeys: string[] = [''];
  const stackIndexes: number[] = [-1];
  const stackScopes: Scope[] = [root];
  const stackFns: (Node | null)[] = [null];
  const stackExit: boolean[] = [false];

  const declare = (scope: Scope, id: Node, def: Definition | null): void => {
    const names = (scope.names ??= new Map());
    let binding = names.get(id.name as string);
    if (!binding) {
      binding = { name: id.name as string, global: false, defs: [], refs: [] };
      names.set(binding.name, binding);
    }
    if (def) {
      binding.defs.push(def);
      if (mayAlias(def)) aliasCandidates.add(binding);
    }
    id.binding = binding;
    if (!facts.names.has(binding.name)) facts.names.set(binding.name, id);
  };

  const addMethod = (name: string | null, fn: Node | null | undefined): void => {
    if (name !== null && fn && FUNCTION_TYPES.has(fn.type)) pushTo(facts.methodsByName, name, fn);
  };

  const pushFrame = (node: Node, parent: Node | null, key: string, index: number, scope: Scope, fn: Node | null, exit: boolean): void => {
    stackNodes.push(node);
    stackParents.push(parent);
    stackKeys.push(key);
    stackIndexes.push(index);
    stackScopes.push(scope);
    stackFns.push(fn);
    stackExit.push(exit);
  };
  const push = (node: Node, parent: Node, key: string, index: number, scope: Scope, fn: Node | null): void => {
    pushFrame(node, parent, key, index, scope, fn, false);
  };

  const pushChildren = (node: Node, scope: Scope, fn: Node | null): void => {
    const keys = childKeys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      const value: unknown = node[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (isNode(item)) push(item, node, key, i, scope, fn);
        }
      } else if (isNode(value)) {
        push(value, node, key, -1, scope, fn);
      }
    }
  };

  // Declares every identifier of a binding pattern; default values and computed keys are walked as expressions.
  const declarePattern = (pattern: Node, owner: Node, scope: Scope, def: Definition, walkScope: Scope, fn: Node | null): void => {
    const work: [Node, Node][] = [[pattern, owner]];
    while (work.length > 0) {
      const [current, parent] = work.pop() as [Node, Node];
      current.parent = parent;
      switch (current.type) {
        case 'Identifier': declare(scope, current, def); break;
        case 'ObjectPattern':
          for (const property of current.properties as Node[]) {
            property.parent = current;
            if (property.type === 'RestElement') work.push([property.argument, property]);
            else {
              if (property.computed) push(property.key, property, 'key', -1, walkScope, fn);
              work.push([property.value, property]);
            }
          }
          break;
        case 'ArrayPattern':
          for (const element of current.elements as (Node | null)[]) if (element) work.push([element, current]);
          break;
        case 'RestElement': work.push([current.argument, current]); break;
        case 'AssignmentPattern':
          work.push([current.left, current]);
          push(current.right, current, 'right', -1, walkScope, fn);
          break;
        default:
          // Member expressions in for-in heads and assignment patterns are ordinary expressions.
          push(current, parent, 'left', -1, walkScope, fn);
      }
    }
  };

  const replace = (frame: Frame, node: Node, depth = 0): Node => {
    const entries = table.get(node.type);
    if (!entries || !frame.parent || depth > MAX_REWRITES_PER_NODE) return node;
    for (const entry of entries) {
      const replacement = entry.visit(node);
      if (!replacement) continue;
      facts.transforms[entry.name] = (facts.transforms[entry.name] ?? 0) + 1;
      if (replacement === node) return node; // rewritten in place
      if (frame.index >= 0) (frame.parent[frame.key] as Node[])[frame.index] = replacement;
      else frame.parent[frame.key] = replacement;
      replacement.parent = frame.parent;
      if (replacement.type === 'ArrayExpression') {
        for (const element of replacement.elements as Node[]) {
          element.parent = replacement;
          record(element, frame.fn);
        }
      }
      // A fold may enable another one on the result (e.g. an escape-decoded literal); transforms are local, so
      // trying the table once more on the replacement keeps the single pass a fixed point.
      return replace(frame, replacement, depth + 1);
    }
    return node;
  };

  // Facts about a node in its final form.
  const record = (node: Node, fn: Node | null): void => {
    const type = node.type;
    if (INDEXED_TYPES.has(type)) pushTo(facts.byType, type, node);
    switch (type) {
      case 'Literal':
        if (typeof node.value === 'string') facts.strings.push(node);
        break;
      case 'TemplateLiteral':
        facts.strings.push(node);
        break;
      case 'CallExpression':
      case 'NewExpression':
        facts.calls.push(node);
        node.enclosingFn = fn;
        break;
      case 'MemberExpression': {
        const name = propertyName(node);
        if (name !== null) pushTo(facts.membersByName, name, node);
        else if (node.computed && node.property.type === 'Identifier') computedByName.push(node);
        node.enclosingFn = fn;
        break;
      }
      case 'AssignmentExpression': {
        const left = node.left as Node;
        if (left.type === 'MemberExpression') addMethod(propertyName(left), node.right);
        else if (left.type === 'Identifier') addMethod(left.name as string, node.right);
        node.enclosingFn = fn;
        break;
      }
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
        if (!node.computed && node.key) {
          const name = node.key.type === 'Identifier' ? (node.key.name as string) : String(node.key.value);
          addMethod(name, node.value);
          if (!facts.names.has(name)) facts.names.set(name, node.key);
        }
        break;
      case 'ReturnStatement':
        node.enclosingFn = fn;
        if (fn && node.argument) pushTo(facts.returnsOf, fn, node.argument);
        break;
      case 'ArrowFunctionExpression':
        if (node.body.type !== 'BlockStatement') pushTo(facts.returnsOf, node, node.body);
        break;
      default:
        break;
    }
  };

  while (stackNodes.length > 0) {
    const node = stackNodes.pop() as Node;
    const parentNode = stackParents.pop() as Node | null;
    const key = stackKeys.pop() as string;
    const index = stackIndexes.pop() as number;
    const scope = stackScopes.pop() as Scope;
    const fn = stackFns.pop() as Node | null;
    if (stackExit.pop()) {
      const final = table.has(node.type) ? replace({ node, parent: parentNode, key, index, scope, fn }, node) : node;
      record(final, fn);
      continue;
    }
    facts.nodeCount++;
    node.parent = parentNode;
    // Only nodes that a transform may rewrite or that `record` files need a second visit on the way up;
    // identifiers, the most common node, do not.
    if (exitTypes.has(node.type)) pushFrame(node, parentNode, key, index, scope, fn, true);

    switch (node.type) {
      case 'Identifier': {
        const parent = parentNode;
        if (parent) {
          const notReference =
            (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
            ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && key === 'key' && !parent.computed) ||
            parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement' ||
            parent.type === 'MetaProperty' || parent.type === 'ExportSpecifier' || (parent.type === 'ImportSpecifier' && key === 'imported');
          if (!notReference && !(parent.type === 'ClassDeclaration' && key === 'id')) {
            node.binding = undefined; // a previous walk of the same tree may have linked it
            pendingRefIds.push(node);
            pendingRefScopes.push(scope);
          }
        }
        continue;
      }
      case 'VariableDeclaration': {
        const target = node.kind === 'var' ? functionScopeOf(scope) : scope;
        const forHead = parentNode && (parentNode.type === 'ForOfStatement' || parentNode.type === 'ForInStatement') && key === 'left';
        const declarations = node.declarations as Node[];
        for (let i = declarations.length - 1; i >= 0; i--) {
          const declarator = declarations[i] as Node;
          declarator.parent = node;
          const id = declarator.id as Node;
          const init = declarator.init as Node | null;
          const def: Definition = { value: null, via: forHead ? 'element' : id.type === 'Identifier' ? 'init' : 'part' };
          const holder = forHead ? (parentNode as Node) : declarator;
          const holderKey = forHead ? 'right' : 'init';
          if (id.type === 'Identifier') {
            id.parent = declarator;
            pendingDefs.push({ id, scope: target, def, holder, key: holderKey });
          } else {
            pendingDefs.push({ id: declarator, scope: target, def, holder, key: holderKey });
            declarePattern(id, declarator, target, def, scope, fn);
          }
          if (init) {
            push(init, declarator, 'init', -1, scope, fn);
            if (id.type === 'Identifier') addMethod(id.name as string, init);
          }
        }
        continue;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        facts.functions.push(node);
        node.enclosingFn = fn;
        if (anchors && node.end - node.start > MIN_OPAQUE_LENGTH && !anchors.hasAnchor(node.start, node.end)) {
          node.opaque = true;
          if (node.id) {
            node.id.parent = node;
            if (node.type === 'FunctionDeclaration') pendingDefs.push({ id: node.id, scope: functionScopeOf(scope), def: { value: node, via: 'function' } });
            addMethod(node.id.name as string, node);
          }
          continue;
        }
        const fnScope: Scope = { parent: scope, isFunction: true, names: null };
        if (node.id) {
          node.id.parent = node;
          if (node.type === 'FunctionDeclaration') pendingDefs.push({ id: node.id, scope: functionScopeOf(scope), def: { value: node, via: 'function' } });
          else declare(fnScope, node.id, { value: node, via: 'function' });
          addMethod(node.id.name as string, node);
        }
        const body = node.body as Node;
        body.parent = node;
        if (body.type === 'BlockStatement') {
          for (let i = body.body.length - 1; i >= 0; i--) push(body.body[i], body, 'body', i, fnScope, node);
        } else {
          push(body, node, 'body', -1, fnScope, node);
        }
        (node.params as Node[]).forEach((param, index) => {
          declarePattern(param, node, fnScope, { value: null, via: 'param', fn: node, index }, fnScope, node);
        });
        continue;
      }
      case 'ClassDeclaration':
        if (node.id) { node.id.parent = node; declare(scope, node.id, { value: node, via: 'init' }); }
        break;
      case 'CatchClause': {
        const catchScope: Scope = { parent: scope, isFunction: false, names: null };
        if (node.body) {
          node.body.parent = node;
          for (let i = node.body.body.length - 1; i >= 0; i--) push(node.body.body[i], node.body, 'body', i, catchScope, fn);
        }
        if (node.param) declarePattern(node.param, node, catchScope, { value: null, via: 'part' }, catchScope, fn);
        continue;
      }
      default:
        break;
    }
    pushChildren(node, BLOCK_SCOPE_TYPES.has(node.type) ? { parent: scope, isFunction: false, names: null } : scope, fn);
  }

  for (const { id, scope, def, holder, key } of pendingDefs) {
    if (holder && key) def.value = (holder[key] as Node | null) ?? null;
    if (id.type === 'Identifier') declare(scope, id, def);
  }

  for (let i = 0; i < pendingRefIds.length; i++) {
    const id = pendingRefIds[i] as Node;
    if (id.binding !== undefined) continue; // a declaration, not a reference
    const name = id.name as string;
    let binding = lookup(pendingRefScopes[i] as Scope, name);
    if (!binding) {
      binding = facts.globals.get(name);
      if (!binding) {
        binding = { name, global: true, defs: [], refs: [] };
        facts.globals.set(name, binding);
      }
    }
    binding.refs.push(id);
    id.binding = binding;
    const parent = id.parent as Node | null;
    if (parent?.type === 'AssignmentExpression' && parent.left === id) {
      const def: Definition = { value: parent.operator === '=' ? parent.right : parent, via: parent.operator === '=' ? 'assign' : 'compound' };
      binding.defs.push(def);
      if (!binding.global && mayAlias(def)) aliasCandidates.add(binding);
    }
  }
  for (const [name, members] of facts.membersByName) if (!facts.names.has(name) && members[0]) facts.names.set(name, members[0]);
  for (const [name, binding] of facts.globals) if (!facts.names.has(name) && binding.refs[0]) facts.names.set(name, binding.refs[0]);
  inlineGlobalAliases(facts, aliasCandidates);
  inlineConstantKeys(computedByName, facts);
  return facts;
}

/** Host globals whose aliases (`var W = window, d = document, S = String`) hide API calls from name matching. */
const ALIASED_GLOBALS = new Set([
  'window', 'self', 'globalThis', 'top', 'parent', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage',
  'String', 'JSON', 'atob', 'btoa', 'eval', 'Function', 'setTimeout', 'setInterval', 'fetch', 'XMLHttpRequest',
  'WebSocket', 'Image', 'FormData', 'console', 'unescape', 'escape', 'decodeURIComponent', 'encodeURIComponent', 'jQuery', '$',
]);
const WINDOW_NAMES = new Set(['window', 'self', 'globalThis']);

/**
 * Renames every use of a once-assigned alias of a host global to the global itself, so that `W.setTimeout(…)`
 * reads as `window.setTimeout(…)` to every later stage. `var d = window.document` counts as an alias of `document`.
 */
function inlineGlobalAliases(facts: ProgramFacts, candidates: ReadonlySet<Binding>): void {
  // Aliases of aliases (`var w = window; var C = w.WebSocket`) resolve over a few rounds.
  for (let round = 0; round < MAX_ALIAS_ROUNDS; round++) if (inlineGlobalAliasesOnce(facts, candidates) === 0) break;
}

/** Rounds of alias resolution; each resolves one more link of a chain. */
const MAX_ALIAS_ROUNDS = 3;

function inlineGlobalAliasesOnce(facts: ProgramFacts, candidates: ReadonlySet<Binding>): number {
  let count = 0;
  const aliases: [Binding, Binding][] = [];
  const memberAliases: [Binding, Node][] = [];
  for (const binding of candidates) {
    if (binding.global || binding.defs.length !== 1) continue;
    const def = binding.defs[0] as Definition;
    if ((def.via !== 'init' && def.via !== 'assign' && def.via !== 'param') || binding.refs.length === 0) continue;
    const value = def.via === 'param' ? iifeArgumentOf(def) : def.value;
    if (!value) continue;
    if (value.type === 'MemberExpression' && !value.computed && value.object.type === 'Identifier' &&
        WINDOW_NAMES.has(value.object.name as string) && (value.object.binding as Binding | undefined)?.global) {
      const property = value.property as Node;
      const target = facts.globals.get(property.name as string) ?? { name: property.name as string, global: true, defs: [], refs: [] };
      facts.globals.set(target.name, target);
      if (ALIASED_GLOBALS.has(target.name)) aliases.push([binding, target]);
      continue;
    }
    const target = value.type === 'Identifier' ? (value.binding as Binding | undefined) : undefined;
    if (target?.global && ALIASED_GLOBALS.has(target.name)) aliases.push([binding, target]);
    // `var s = String.fromCharCode`: every use becomes the member expression itself
    if (value.type === 'MemberExpression' && !value.computed && value.property.type === 'Identifier' && value.object.type === 'Identifier' &&
        (value.object.binding as Binding | undefined)?.global && ALIASED_GLOBALS.has(value.object.name as string)) {
      memberAliases.push([binding, value]);
    }
  }
  for (const [alias, member] of memberAliases) {
    const object = member.object.binding as Binding;
    for (const ref of alias.refs) {
      if (ref.parent?.type === 'AssignmentExpression' && ref.parent.left === ref) continue;
      const objectId: Node = { type: 'Identifier', name: object.name, start: ref.start, end: ref.end, binding: object };
      Object.assign(ref, { type: 'MemberExpression', object: objectId, property: { type: 'Identifier', name: member.property.name, start: ref.start, end: ref.end }, computed: false, optional: false });
      delete ref.name;
      delete ref.binding;
      objectId.parent = ref;
      ref.property.parent = ref;
      object.refs.push(objectId);
      pushTo(facts.membersByName, member.property.name as string, ref);
      pushTo(facts.byType, 'MemberExpression', ref);
      count++;
    }
    alias.refs = [];
  }
  for (const [alias, target] of aliases) {
    for (const ref of alias.refs) {
      ref.name = target.name;
      ref.binding = target;
      target.refs.push(ref);
      count++;
    }
    alias.refs = [];
  }
  if (count > 0) facts.transforms['inline-global-aliases'] = (facts.transforms['inline-global-aliases'] ?? 0) + count;
  return count;
}

/** A definition whose value could make its binding an alias of a host global or of one of its members. */
function mayAlias(def: Definition): boolean {
  if (def.via === 'param') {
    const call = def.fn?.parent as Node | null | undefined;
    return call?.type === 'CallExpression';
  }
  const type = def.value?.type;
  return (def.via === 'init' || def.via === 'assign') && (type === 'Identifier' || type === 'MemberExpression');
}

const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * `var k = "location"; window[k].href = …`: a computed key held in a variable that is assigned once, to a string,
 * is rewritten as `window.location`. This needs the bindings, so it runs after the walk rather than as a transform.
 */
function inlineConstantKeys(members: readonly Node[], facts: ProgramFacts): void {
  let count = 0;
  for (const member of members) {
    const binding = member.property.binding as Binding | undefined;
    if (!binding || binding.global || binding.defs.length !== 1) continue;
    if (binding.defs[0]?.via !== 'init') continue;
    const name = constantValue(binding.defs[0].value, facts);
    if (name === null || !IDENTIFIER_NAME.test(name)) continue;
    member.computed = false;
    member.property = { type: 'Identifier', name, start: member.property.start, end: member.property.end, parent: member };
    pushTo(facts.membersByName, name, member);
    count++;
  }
  if (count > 0) facts.transforms['inline-constant-keys'] = count;
}
