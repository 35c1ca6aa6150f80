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
import { childKeys, isNode, lastName, propertyName, valueHolder, type Node } from '../ast.ts';
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
  /**
   * Calls, `new`s and assignments grouped by the name a detector asks for them under (see NAMED_VISIT_TYPES in
   * detectors/detector.ts), members by property name (the same lists as membersByName), binary expressions by
   * operator, object properties by key. Filed while the walk holds
   * the node, so that a detector asking for `CallExpression:write` reads one short list instead of every call of a
   * bundle. A rewrite after the walk that changes a node's name files it again (`reindexNamedParent`); entries whose
   * name changed since are filtered where the lists are read (`namedNodes`).
   */
  byName: Readonly<Record<NamedType, Map<string, Node[]>>>;
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
}

export type NamedType = 'CallExpression' | 'NewExpression' | 'AssignmentExpression' | 'MemberExpression' | 'BinaryExpression' | 'Property';

/**
 * The name a node is filed under in `byName`: a call's or `new`'s callee's last name, an assignment target's, a
 * member's property, a binary expression's operator, an object property's key (when not computed from code).
 */
export function nameOf(node: Node): string | null {
  switch (node.type) {
    case 'CallExpression': case 'NewExpression': return lastName(node.callee as Node);
    case 'AssignmentExpression': return lastName(node.left as Node);
    case 'MemberExpression': return propertyName(node);
    case 'BinaryExpression': return node.operator as string;
    case 'Property': return propertyKey(node);
    default: return null;
  }
}

/** `a` in `{a: 1}`, `{"a": 1}` and `{["a"]: 1}`; null for a key computed from code. */
function propertyKey(property: Node): string | null {
  const key = property.key as Node;
  if (key.type === 'Identifier' && !property.computed) return key.name as string;
  return key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : null;
}

/** Files `node` under its current name (after a rewrite renamed it). */
function indexUnderName(facts: ProgramFacts, node: Node): void {
  const name = nameOf(node);
  if (name !== null) pushTo(facts.byName[node.type as NamedType], name, node);
}

/**
 * A rewrite renamed `node` (an identifier or member): the call, `new` or assignment it names is filed again under
 * its new name.
 */
export function reindexNamedParent(facts: ProgramFacts, node: Node): void {
  const { holder, child } = valueHolder(node);
  if (!holder) return;
  if ((holder.type === 'CallExpression' || holder.type === 'NewExpression') && holder.callee === child) indexUnderName(facts, holder);
  else if (holder.type === 'AssignmentExpression' && holder.left === child) indexUnderName(facts, holder);
}

/**
 * The nodes of the given types filed under any of `names` and still so named (a rewrite after the walk may have
 * renamed them since), in the walk's order.
 */
export function namedNodes(facts: ProgramFacts, types: readonly NamedType[], names: Iterable<string>): Node[] {
  const found: Node[] = [];
  const wanted = [...names];
  for (const type of types) {
    for (const name of wanted) {
      for (const node of facts.byName[type].get(name) ?? []) if (node.type === type && nameOf(node) === name) found.push(node);
    }
  }
  return found.sort(compareWalkOrder);
}

/** The nodes of several lists, each once, in the walk's order. */
export function inWalkOrder(...lists: readonly (readonly Node[])[]): Node[] {
  return [...new Set(lists.flat())].sort(compareWalkOrder);
}

/**
 * Orders nodes as the facts walk records them: children before their parents, left to right (a node ends before
 * the nodes after it, and no later than the nodes around it). Lists merged from several indexes are put back in
 * this order so that detectors keeping their first hit keep the same one whichever index it came from.
 */
function compareWalkOrder(a: Node, b: Node): number {
  return a.end - b.end || b.start - a.start;
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

function isLexicalDeclaration(statement: Node | null | undefined): boolean {
  return !!statement && ((statement.type === 'VariableDeclaration' && statement.kind !== 'var') || statement.type === 'ClassDeclaration');
}

/**
 * Whether a block-like node declares `let`/`const`/`class` names of its own. Most blocks do not, and sharing the
 * enclosing scope then saves a scope object per block (function declarations in blocks go to the function scope).
 */
function declaresLexically(node: Node): boolean {
  switch (node.type) {
    case 'BlockStatement': case 'StaticBlock':
      return (node.body as Node[]).some(isLexicalDeclaration);
    case 'ForStatement':
      return isLexicalDeclaration(node.init as Node | null);
    case 'ForInStatement': case 'ForOfStatement':
      return isLexicalDeclaration(node.left as Node);
    case 'SwitchStatement':
      return (node.cases as Node[]).some((switchCase) => (switchCase.consequent as Node[]).some(isLexicalDeclaration));
    default:
      return true;
  }
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
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

/** What the facts walk does with the nodes of one type (see `planFor` in collectFacts). */
interface TypePlan {
  /** Visited again after its children: transformed and/or recorded. */
  exit: boolean;
  /** Some transform applies to this type. */
  transforms: boolean;
  /** The `byType` list nodes of this type are filed in, when detectors may visit them. */
  indexed: Node[] | null;
  /** Opens a block scope when it declares `let`/`const`/`class` names. */
  blockScope: boolean;
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
  const membersByName = new Map<string, Node[]>();
  const callsByName = new Map<string, Node[]>();
  const newsByName = new Map<string, Node[]>();
  const assignmentsByName = new Map<string, Node[]>();
  const binariesByOperator = new Map<string, Node[]>();
  const propertiesByKey = new Map<string, Node[]>();
  const facts: ProgramFacts = {
    bindingOf: bindingLink, enclosingFunction: functionLink, globals: new Map(), calls: [], functions: [],
    methodsByName: new Map(), membersByName, returnsOf: new Map(), strings: [], byType: new Map(), names: new Map(),
    byName: {
      CallExpression: callsByName, NewExpression: newsByName, AssignmentExpression: assignmentsByName, MemberExpression: membersByName,
      BinaryExpression: binariesByOperator, Property: propertiesByKey,
    },
    transforms: {},
  };
  // References resolve after the walk (a `var` or function may be declared below its use); parallel arrays
  // rather than one object per identifier.
  const pendingRefIds: Node[] = [];
  const pendingRefScopes: Scope[] = [];
  const computedByName: Node[] = [];
  const pendingDefs: PendingDefinition[] = [];
  const exitTypes = exitTypesFor(table);
  // What to do with each node type, looked up once per node: separate set and map look-ups (exit, transforms,
  // index, block scope) were a visible share of the walk on bundles of millions of nodes.
  const plans = new Map<string, TypePlan>();
  const planFor = (type: string): TypePlan => {
    let plan = plans.get(type);
    if (!plan) {
      let indexed: Node[] | null = null;
      if (INDEXED_TYPES.has(type)) facts.byType.set(type, (indexed = []));
      plan = { exit: exitTypes.has(type), transforms: table.has(type), indexed, blockScope: BLOCK_SCOPE_TYPES.has(type) };
      plans.set(type, plan);
    }
    return plan;
  };
  // Bindings that may alias a host global (`var d = document`, `var s = String.fromCharCode`, an IIFE parameter):
  // collected here so that alias inlining does not have to scan every binding of a bundle.
  const aliasCandidates = new Set<Binding>();
  program.parent = null;

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

  // The walk recurses, one call per node and the parent link set on the way down: an explicit stack (four parallel
  // arrays, a frame pushed and popped per node and one more for the way up) cost a fifth of the walk. Depth is no new
  // risk: the parser's tree builder recursed deeper per level to build this tree, and a tree nested beyond the
  // stack is reported by the caller (inspectSource) as too deep to analyse. Children are visited in source order;
  // on the way up, transforms fold the node and `record` files its final form.
  const visit = (node: Node, parent: Node | null, scope: Scope, fn: Node | null): void => {
    node.parent = parent;
    const type = node.type;
    if (type === 'Identifier') {
      // The commonest node (two in five) is a leaf.
      if (parent) noteIdentifier(node, parent, scope);
      return;
    }
    const plan = planFor(type);
    enter(node, parent, scope, fn, plan.blockScope);
    // Only nodes that a transform may rewrite or that `record` files need the way up.
    if (!plan.exit) return;
    if (!plan.transforms) {
      record(node, fn, plan);
      return;
    }
    const final = replace(parent, fn, node);
    record(final, fn, final.type === type ? plan : planFor(final.type));
  };

  // An identifier that reads or writes a variable is resolved after the walk; property names, labels and the like are not.
  const noteIdentifier = (node: Node, parent: Node, scope: Scope): void => {
    const notReference =
      (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
      // (a shorthand `{a}` whose key and value are one node, as acorn-loose builds it, is a reference)
      ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key === node && !parent.computed && parent.value !== node) ||
      parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement' ||
      parent.type === 'MetaProperty' || parent.type === 'ExportSpecifier' || (parent.type === 'ImportSpecifier' && parent.imported === node);
    if (!notReference && !(parent.type === 'ClassDeclaration' && parent.id === node)) {
      node.binding = undefined; // a previous walk of the same tree may have linked it
      pendingRefIds.push(node);
      pendingRefScopes.push(scope);
    }
  };

  const visitList = (list: (Node | null)[], parent: Node, scope: Scope, fn: Node | null): void => {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (item) visit(item, parent, scope, fn);
    }
  };
  const visitChildren = (node: Node, scope: Scope, fn: Node | null): void => {
    // The commonest node types name their children directly: each property read then sees one object shape,
    // where the generic loop below reads every key of every type through one megamorphic site. Children are
    // visited in visitor-key order (source order), as the generic loop does.
    switch (node.type) {
      case 'Identifier': case 'Literal': case 'ThisExpression': case 'EmptyStatement': case 'Super':
        return;
      case 'MemberExpression':
        visit(node.object, node, scope, fn);
        // A property name (`a.b`) is not a reference and nothing asks for its parent: not walked.
        if (node.computed) visit(node.property, node, scope, fn);
        return;
      case 'CallExpression': case 'NewExpression':
        visit(node.callee, node, scope, fn);
        visitList(node.arguments, node, scope, fn);
        return;
      case 'ExpressionStatement':
        visit(node.expression, node, scope, fn);
        return;
      case 'BinaryExpression': case 'LogicalExpression': case 'AssignmentExpression':
        visit(node.left, node, scope, fn);
        visit(node.right, node, scope, fn);
        return;
      case 'UnaryExpression': case 'UpdateExpression': case 'SpreadElement': case 'AwaitExpression':
        visit(node.argument, node, scope, fn);
        return;
      case 'ReturnStatement': case 'ThrowStatement':
        if (node.argument) visit(node.argument, node, scope, fn);
        return;
      case 'IfStatement': case 'ConditionalExpression':
        visit(node.test, node, scope, fn);
        visit(node.consequent, node, scope, fn);
        if (node.alternate) visit(node.alternate, node, scope, fn);
        return;
      case 'ObjectExpression':
        visitList(node.properties, node, scope, fn);
        return;
      case 'ArrayExpression':
        visitList(node.elements, node, scope, fn);
        return;
      case 'SequenceExpression':
        visitList(node.expressions, node, scope, fn);
        return;
      case 'BlockStatement':
        visitList(node.body, node, scope, fn);
        return;
      case 'Property':
        // Shorthand `{a}`: key and value are one node in some parsers. A key that is a plain name is not a
        // reference and nothing asks for its parent: not walked (string keys are, for the strings they spell).
        if (node.value !== node.key && (node.computed || node.key.type !== 'Identifier')) visit(node.key, node, scope, fn);
        visit(node.value, node, scope, fn);
        return;
      default:
        break;
    }
    const keys = childKeys(node);
    for (let k = 0; k < keys.length; k++) {
      const value: unknown = node[keys[k] as string];
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (isNode(item)) visit(item, node, scope, fn);
        }
      } else if (isNode(value)) {
        visit(value, node, scope, fn);
      }
    }
  };

  // Declares every identifier of a binding pattern; default values and computed keys are walked as expressions.
  const declarePattern = (pattern: Node, owner: Node, scope: Scope, def: Definition, walkScope: Scope, fn: Node | null): void => {
    if (pattern.type === 'Identifier') {
      // nearly every parameter: no work list to allocate
      pattern.parent = owner;
      declare(scope, pattern, def);
      return;
    }
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
              if (property.computed) visit(property.key, property, walkScope, fn);
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
          visit(current.right, current, walkScope, fn);
          break;
        default:
          // Member expressions in for-in heads and assignment patterns are ordinary expressions.
          visit(current, parent, walkScope, fn);
      }
    }
  };

  const replace = (parent: Node | null, fn: Node | null, node: Node, depth = 0): Node => {
    const entries = table.get(node.type);
    if (!entries || !parent || depth > MAX_REWRITES_PER_NODE) return node;
    for (const entry of entries) {
      const replacement = entry.visit(node);
      if (!replacement) continue;
      facts.transforms[entry.name] = (facts.transforms[entry.name] ?? 0) + 1;
      if (replacement === node) return node; // rewritten in place
      replaceInParent(parent, node, replacement);
      replacement.parent = parent;
      if (replacement.type === 'ArrayExpression') {
        for (const element of replacement.elements as Node[]) {
          element.parent = replacement;
          record(element, fn, planFor(element.type));
        }
      }
      // A fold may enable another one on the result (e.g. an escape-decoded literal); transforms are local, so
      // trying the table once more on the replacement keeps the single pass a fixed point.
      return replace(parent, fn, replacement, depth + 1);
    }
    return node;
  };

  // Facts about a node in its final form.
  const record = (node: Node, fn: Node | null, plan: TypePlan): void => {
    const type = node.type;
    if (plan.indexed) plan.indexed.push(node);
    switch (type) {
      case 'Literal':
        if (typeof node.value === 'string') facts.strings.push(node);
        break;
      case 'TemplateLiteral':
        facts.strings.push(node);
        break;
      case 'CallExpression':
      case 'NewExpression': {
        facts.calls.push(node);
        node.enclosingFn = fn;
        const name = lastName(node.callee as Node);
        if (name !== null) pushTo(type === 'CallExpression' ? callsByName : newsByName, name, node);
        break;
      }
      case 'MemberExpression': {
        const name = propertyName(node);
        // No enclosingFn here: members are the commonest recorded node, and the few callers that need the function
        // around a member climb parents instead (helpers.enclosingFunctions).
        if (name !== null) pushTo(membersByName, name, node);
        else if (node.computed && node.property.type === 'Identifier') computedByName.push(node);
        break;
      }
      case 'AssignmentExpression': {
        const left = node.left as Node;
        if (left.type === 'MemberExpression') addMethod(propertyName(left), node.right);
        else if (left.type === 'Identifier') addMethod(left.name as string, node.right);
        const name = lastName(left);
        if (name !== null) pushTo(assignmentsByName, name, node);
        node.enclosingFn = fn;
        break;
      }
      case 'BinaryExpression':
        pushTo(binariesByOperator, node.operator as string, node);
        break;
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition': {
        if (type === 'Property') {
          const key = propertyKey(node);
          if (key !== null) pushTo(propertiesByKey, key, node);
        }
        if (!node.computed && node.key) {
          const name = node.key.type === 'Identifier' ? (node.key.name as string) : String(node.key.value);
          addMethod(name, node.value);
          if (!facts.names.has(name)) facts.names.set(name, node.key);
        }
        break;
      }
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

  // The way down: declarations, scopes and functions, then the children.
  const enter = (node: Node, parentNode: Node | null, scope: Scope, fn: Node | null, blockScope: boolean): void => {
    switch (node.type) {
      case 'VariableDeclaration': {
        const target = node.kind === 'var' ? functionScopeOf(scope) : scope;
        const forHead = parentNode && (parentNode.type === 'ForOfStatement' || parentNode.type === 'ForInStatement') && parentNode.left === node;
        for (const declarator of node.declarations as Node[]) {
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
            visit(init, declarator, scope, fn);
            if (id.type === 'Identifier') addMethod(id.name as string, declarator.init);
          }
        }
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        facts.functions.push(node);
        node.enclosingFn = fn;
        const opaque = !!anchors && node.end - node.start > MIN_OPAQUE_LENGTH && !anchors.hasAnchor(node.start, node.end);
        const fnScope: Scope = { parent: scope, isFunction: true, names: null };
        if (node.id) {
          node.id.parent = node;
          if (node.type === 'FunctionDeclaration') pendingDefs.push({ id: node.id, scope: functionScopeOf(scope), def: { value: node, via: 'function' } });
          else if (!opaque) declare(fnScope, node.id, { value: node, via: 'function' });
          addMethod(node.id.name as string, node);
        }
        if (opaque) {
          node.opaque = true;
          return;
        }
        const params = node.params as Node[];
        for (let index = 0; index < params.length; index++) {
          declarePattern(params[index] as Node, node, fnScope, { value: null, via: 'param', fn: node, index }, fnScope, node);
        }
        const body = node.body as Node;
        body.parent = node;
        if (body.type === 'BlockStatement') visitList(body.body, body, fnScope, node);
        else visit(body, node, fnScope, node);
        return;
      }
      case 'ClassDeclaration':
        if (node.id) { node.id.parent = node; declare(scope, node.id, { value: node, via: 'init' }); }
        break;
      case 'CatchClause': {
        const catchScope: Scope = { parent: scope, isFunction: false, names: null };
        if (node.param) declarePattern(node.param, node, catchScope, { value: null, via: 'part' }, catchScope, fn);
        if (node.body) {
          node.body.parent = node;
          visitList(node.body.body, node.body, catchScope, fn);
        }
        return;
      }
      default:
        break;
    }
    visitChildren(node, blockScope && declaresLexically(node) ? { parent: scope, isFunction: false, names: null } : scope, fn);
  };

  visit(program, null, root, null);

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
      reindexNamedParent(facts, ref);
      count++;
    }
    alias.refs = [];
  }
  for (const [alias, target] of aliases) {
    for (const ref of alias.refs) {
      ref.name = target.name;
      ref.binding = target;
      target.refs.push(ref);
      reindexNamedParent(facts, ref);
      count++;
    }
    alias.refs = [];
  }
  if (count > 0) facts.transforms['inline-global-aliases'] = (facts.transforms['inline-global-aliases'] ?? 0) + count;
  return count;
}

/** Puts `replacement` where `node` sits among `parent`'s children (rare: only when a transform folds a node). */
function replaceInParent(parent: Node, node: Node, replacement: Node): void {
  for (const key of childKeys(parent)) {
    const value: unknown = parent[key];
    if (value === node) {
      parent[key] = replacement;
      return;
    }
    if (Array.isArray(value)) {
      const index = value.indexOf(node);
      if (index >= 0) {
        value[index] = replacement;
        return;
      }
    }
  }
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
    reindexNamedParent(facts, member);
    count++;
  }
  if (count > 0) facts.transforms['inline-constant-keys'] = count;
}
