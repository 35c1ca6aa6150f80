import { propertyName, type Node } from '../ast.ts';
import { defineTransform } from './transform.ts';
import { literalArray, literalValue, makeArray, makeLiteral, MAX_FOLDED_STRING_LENGTH, type Primitive } from './literals.ts';

/** Bounds `"x".repeat(n)` and `split` output so folding cannot be turned into a memory bomb. */
const MAX_ARRAY_LENGTH = 100_000;

function stringMethod(receiver: string, method: string, args: Primitive[]): Primitive | Primitive[] | undefined {
  const [first, second] = args;
  switch (method) {
    case 'split': {
      if (typeof first !== 'string' || args.length !== 1) return undefined;
      const parts = receiver.split(first);
      return parts.length > MAX_ARRAY_LENGTH ? undefined : parts;
    }
    case 'toLowerCase': return receiver.toLowerCase();
    case 'toUpperCase': return receiver.toUpperCase();
    case 'trim': return receiver.trim();
    case 'charAt': return typeof first === 'number' ? receiver.charAt(first) : undefined;
    case 'charCodeAt': return typeof first === 'number' ? receiver.charCodeAt(first) : undefined;
    case 'slice':
    case 'substring':
      if (typeof first !== 'number' || (second !== undefined && typeof second !== 'number')) return undefined;
      return method === 'slice' ? receiver.slice(first, second) : receiver.substring(first, second);
    case 'substr':
      if (typeof first !== 'number' || (second !== undefined && typeof second !== 'number')) return undefined;
      return receiver.substr(first, second);
    case 'concat':
      return args.every((arg) => typeof arg === 'string') ? receiver.concat(...(args as string[])) : undefined;
    case 'replace':
    case 'replaceAll':
      // String patterns only: folding a regex from the script would run attacker-chosen backtracking here.
      if (typeof first !== 'string' || typeof second !== 'string') return undefined;
      return method === 'replace' ? receiver.replace(first, () => second) : receiver.split(first).join(second);
    case 'repeat':
      if (typeof first !== 'number' || first < 0 || receiver.length * first > MAX_FOLDED_STRING_LENGTH) return undefined;
      return receiver.repeat(first);
    default: return undefined;
  }
}

function arrayMethod(receiver: Primitive[], method: string, args: Primitive[]): Primitive | Primitive[] | undefined {
  switch (method) {
    case 'reverse': return args.length === 0 ? [...receiver].reverse() : undefined;
    case 'join': {
      const separator = args.length === 0 ? ',' : args[0];
      if (typeof separator !== 'string') return undefined;
      return receiver.map((item) => (item === null ? '' : String(item))).join(separator);
    }
    default: return undefined;
  }
}

/**
 * The value of a pure string or array method called on a literal receiver with literal arguments, or undefined when
 * it is not one this folds. Shared by the analysis transform below and the deobfuscator's fold-literal-methods step,
 * which work on different trees (ESTree from oxc, Babel).
 */
export function foldLiteralMethod(receiver: string | Primitive[], method: string, args: Primitive[]): Primitive | Primitive[] | undefined {
  return typeof receiver === 'string' ? stringMethod(receiver, method, args) : arrayMethod(receiver, method, args);
}

// `"lave".split("").reverse().join("")` and friends: string reversal and slicing hide API names and hosts.
export default defineTransform({
  meta: { name: 'fold-literal-methods', description: 'evaluates pure string/array methods on literals', safe: true },
  visitors: {
    CallExpression(node: Node) {
      const callee = node.callee as Node;
      if (callee.type !== 'MemberExpression') return null;
      const method = propertyName(callee);
      if (method === null) return null;
      const args: Primitive[] = [];
      for (const argument of node.arguments as Node[]) {
        const value = literalValue(argument);
        if (value === undefined) return null;
        args.push(value);
      }
      const object = callee.object as Node;
      const text = literalValue(object);
      const receiver = typeof text === 'string' ? text : literalArray(object);
      const result = receiver ? foldLiteralMethod(receiver, method, args) : undefined;
      if (result === undefined) return null;
      return Array.isArray(result) ? makeArray(result, node) : makeLiteral(result, node);
    },
  },
});
