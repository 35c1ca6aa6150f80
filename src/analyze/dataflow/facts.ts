/**
 * One walk over the program that records what every later stage needs: parent links, scopes and the binding each
 * identifier refers to, every definition of a binding, calls, functions, returns and property writes.
 * Written by hand because the dataflow needs definitions (not only references) and must run within a small fraction
 * of parse time on multi-megabyte bundles; eslint-scope allocates far more than we use.
 */
import { childKeys, isNode, propertyName, type Node } from '../ast.ts';

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
  names: Map<string, Binding>;
}

export interface ProgramFacts {
  bindingOf: Map<Node, Binding>;
  globals: Map<string, Binding>;
  calls: Node[];
  functions: Node[];
  /** Function nodes stored under a property name (`{m: function(){}}`, `x.m = () => {}`, class methods). */
  methodsByName: Map<string, Node[]>;
  /** Non-computed member reads grouped by property name, for field-based propagation. */
  membersByName: Map<string, Node[]>;
  returnsOf: Map<Node, Node[]>;
  enclosingFunction: Map<Node, Node | null>;
  strings: Node[];
  nodeCount: number;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const BLOCK_SCOPE_TYPES = new Set(['BlockStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement', 'CatchClause', 'StaticBlock']);

export function isFunctionNode(node: Node | null | undefined): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

interface Frame { node: Node; parent: Node | null; key: string; scope: Scope; fn: Node | null }

function lookup(scope: Scope, name: string): Binding | undefined {
  for (let current: Scope | null = scope; current; current = current.parent) {
    const found = current.names.get(name);
    if (found) return found;
  }
  return undefined;
}

function functionScopeOf(scope: Scope): Scope {
  let current = scope;
  while (!current.isFunction && current.parent) current = current.parent;
  return current;
}

export function collectFacts(program: Node): ProgramFacts {
  const root: Scope = { parent: null, isFunction: true, names: new Map() };
  const facts: ProgramFacts = {
    bindingOf: new Map(), globals: new Map(), calls: [], functions: [], methodsByName: new Map(),
    membersByName: new Map(), returnsOf: new Map(), enclosingFunction: new Map(), strings: [], nodeCount: 0,
  };
  const pendingRefs: { id: Node; scope: Scope }[] = [];
  const pendingDefs: { id: Node; scope: Scope; def: Definition }[] = [];
  const stack: Frame[] = [{ node: program, parent: null, key: '', scope: root, fn: null }];

  const declare = (scope: Scope, id: Node, def: Definition | null): void => {
    let binding = scope.names.get(id.name as string);
    if (!binding) {
      binding = { name: id.name as string, global: false, defs: [], refs: [] };
      scope.names.set(binding.name, binding);
    }
    if (def) binding.defs.push(def);
    facts.bindingOf.set(id, binding);
  };

  const addMethod = (name: string | null, fn: Node | null | undefined): void => {
    if (name === null || !fn || !isFunctionNode(fn)) return;
    const list = facts.methodsByName.get(name) ?? [];
    list.push(fn);
    facts.methodsByName.set(name, list);
  };

  // Declares every identifier of a binding pattern; default values and computed keys are walked as expressions.
  const declarePattern = (pattern: Node, scope: Scope, def: Definition, frame: Frame): void => {
    const work: Node[] = [pattern];
    while (work.length > 0) {
      const current = work.pop() as Node;
      current.parent ??= frame.node;
      switch (current.type) {
        case 'Identifier': declare(scope, current, def); break;
        case 'ObjectPattern':
          for (const property of current.properties as Node[]) {
            property.parent = current;
            if (property.type === 'RestElement') work.push(property.argument);
            else {
              if (property.computed) stack.push({ node: property.key, parent: property, key: 'key', scope: frame.scope, fn: frame.fn });
              work.push(property.value);
            }
          }
          break;
        case 'ArrayPattern':
          for (const element of current.elements as (Node | null)[]) if (element) work.push(element);
          break;
        case 'RestElement': work.push(current.argument); break;
        case 'AssignmentPattern':
          work.push(current.left);
          stack.push({ node: current.right, parent: current, key: 'right', scope: frame.scope, fn: frame.fn });
          break;
        default:
          // Member expressions in for-in heads and assignment patterns are ordinary expressions.
          stack.push({ node: current, parent: frame.node, key: 'left', scope: frame.scope, fn: frame.fn });
      }
    }
  };

  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { node, scope } = frame;
    facts.nodeCount++;
    node.parent = frame.parent;
    let childScope = scope;
    const childFn = frame.fn;

    switch (node.type) {
      case 'Identifier': {
        const parent = frame.parent;
        if (parent) {
          const notReference =
            (parent.type === 'MemberExpression' && frame.key === 'property' && !parent.computed) ||
            ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
              frame.key === 'key' && !parent.computed) ||
            parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement' ||
            parent.type === 'MetaProperty' || parent.type === 'ExportSpecifier' || parent.type === 'ImportSpecifier' && frame.key === 'imported';
          if (!notReference) pendingRefs.push({ id: node, scope });
        }
        continue;
      }
      case 'Literal':
        if (typeof node.value === 'string') facts.strings.push(node);
        continue;
      case 'TemplateLiteral':
        facts.strings.push(node);
        break;
      case 'VariableDeclaration': {
        const target = node.kind === 'var' ? functionScopeOf(scope) : scope;
        for (const declarator of node.declarations as Node[]) {
          declarator.parent = node;
          const id = declarator.id as Node;
          const init = declarator.init as Node | null;
          const forHead = frame.parent && (frame.parent.type === 'ForOfStatement' || frame.parent.type === 'ForInStatement') && frame.key === 'left';
          const def: Definition = forHead
            ? { value: frame.parent?.right ?? null, via: 'element' }
            : { value: init, via: id.type === 'Identifier' ? 'init' : 'part' };
          if (id.type === 'Identifier') {
            id.parent = declarator;
            pendingDefs.push({ id, scope: target, def });
          } else {
            declarePattern(id, target, def, { ...frame, node: declarator });
          }
          if (init) stack.push({ node: init, parent: declarator, key: 'init', scope, fn: frame.fn });
          if (init && id.type === 'Identifier') addMethod(id.name as string, init);
        }
        continue;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        facts.functions.push(node);
        facts.enclosingFunction.set(node, frame.fn);
        const fnScope: Scope = { parent: scope, isFunction: true, names: new Map() };
        if (node.id) {
          node.id.parent = node;
          if (node.type === 'FunctionDeclaration') pendingDefs.push({ id: node.id, scope: functionScopeOf(scope), def: { value: node, via: 'function' } });
          else declare(fnScope, node.id, { value: node, via: 'function' });
          addMethod(node.id.name as string, node);
        }
        (node.params as Node[]).forEach((param, index) => {
          param.parent = node;
          declarePattern(param, fnScope, { value: null, via: 'param', fn: node, index }, { ...frame, node, scope: fnScope, fn: node });
        });
        const body = node.body as Node;
        body.parent = node;
        if (body.type === 'BlockStatement') {
          for (let i = body.body.length - 1; i >= 0; i--) {
            stack.push({ node: body.body[i], parent: body, key: 'body', scope: fnScope, fn: node });
          }
        } else {
          stack.push({ node: body, parent: node, key: 'body', scope: fnScope, fn: node });
          const returns = facts.returnsOf.get(node) ?? [];
          returns.push(body);
          facts.returnsOf.set(node, returns);
        }
        continue;
      }
      case 'ClassDeclaration':
        if (node.id) { node.id.parent = node; declare(scope, node.id, { value: node, via: 'init' }); }
        break;
      case 'CatchClause':
        childScope = { parent: scope, isFunction: false, names: new Map() };
        if (node.param) declarePattern(node.param, childScope, { value: null, via: 'part' }, { ...frame, scope: childScope });
        if (node.body) {
          node.body.parent = node;
          for (let i = node.body.body.length - 1; i >= 0; i--) {
            stack.push({ node: node.body.body[i], parent: node.body, key: 'body', scope: childScope, fn: childFn });
          }
        }
        continue;
      case 'ReturnStatement':
        facts.enclosingFunction.set(node, frame.fn);
        if (frame.fn && node.argument) {
          const returns = facts.returnsOf.get(frame.fn) ?? [];
          returns.push(node.argument);
          facts.returnsOf.set(frame.fn, returns);
        }
        break;
      case 'CallExpression':
      case 'NewExpression':
        facts.calls.push(node);
        facts.enclosingFunction.set(node, frame.fn);
        break;
      case 'MemberExpression': {
        const name = propertyName(node);
        if (name !== null) {
          const list = facts.membersByName.get(name) ?? [];
          list.push(node);
          facts.membersByName.set(name, list);
        }
        facts.enclosingFunction.set(node, frame.fn);
        break;
      }
      case 'AssignmentExpression': {
        const left = node.left as Node;
        if (left.type === 'MemberExpression') addMethod(propertyName(left), node.right);
        else if (left.type === 'Identifier') addMethod(left.name as string, node.right);
        facts.enclosingFunction.set(node, frame.fn);
        break;
      }
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
        if (!node.computed && node.key) addMethod(node.key.type === 'Identifier' ? node.key.name : String(node.key.value), node.value);
        break;
      default:
        if (BLOCK_SCOPE_TYPES.has(node.type)) childScope = { parent: scope, isFunction: false, names: new Map() };
    }

    const keys = childKeys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      const value: unknown = node[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (isNode(item)) stack.push({ node: item, parent: node, key, scope: childScope, fn: childFn });
        }
      } else if (isNode(value)) {
        stack.push({ node: value, parent: node, key, scope: childScope, fn: childFn });
      }
    }
  }

  for (const { id, scope, def } of pendingDefs) declare(scope, id, def);

  for (const { id, scope } of pendingRefs) {
    if (facts.bindingOf.has(id)) continue; // a declaration, not a reference
    const name = id.name as string;
    let binding = lookup(scope, name);
    if (!binding) {
      binding = facts.globals.get(name);
      if (!binding) {
        binding = { name, global: true, defs: [], refs: [] };
        facts.globals.set(name, binding);
      }
    }
    binding.refs.push(id);
    facts.bindingOf.set(id, binding);
    const parent = id.parent as Node | null;
    if (parent?.type === 'AssignmentExpression' && parent.left === id) {
      binding.defs.push({ value: parent.operator === '=' ? parent.right : parent, via: parent.operator === '=' ? 'assign' : 'compound' });
    }
  }
  return facts;
}
