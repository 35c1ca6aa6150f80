/**
 * String recovery: which of a plain sample's string values a deobfuscator's output contains again. Strings are what
 * obfuscators hide first (string arrays, encodings, splitting) and what detection reads (URLs, selectors, field
 * names), so this is the measure of how much of the hidden text a tool gives back.
 */
import { parse } from '@babel/parser';

/** Keys of Babel nodes that hold positions, comments or parser metadata rather than child nodes. */
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'range', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'comments', 'errors', 'tokens']);

interface AstNode { type: string; [key: string]: unknown }

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Visits every node without recursion: minified bundles nest `a+b+c+...` thousands deep. */
function walk(root: AstNode, visit: (node: AstNode) => void): void {
  const stack: AstNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AstNode;
    visit(node);
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) stack.push(item);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

function parseLoosely(code: string): AstNode | null {
  try {
    return parse(code, { sourceType: 'unambiguous', errorRecovery: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true }) as unknown as AstNode;
  } catch {
    return null; // errorRecovery still throws on some errors (unterminated strings, mismatched brackets)
  }
}

/** Values a string-ish node carries: literal and directive values, and the cooked text of template parts. */
function stringValue(node: AstNode): string | null {
  if (node.type === 'StringLiteral' || node.type === 'DirectiveLiteral') return node.value as string;
  if (node.type === 'TemplateElement') return (node.value as { cooked?: string | null }).cooked ?? null;
  return null;
}

export interface Expected {
  value: string;
  /**
   * Finding it inside an output string value counts: it sits next to another string literal in a `+` chain
   * (`'<div>' + '<input>'`), it is part of a template literal, or it is long enough (MIN_FOLDABLE_LENGTH) to be told
   * apart; constant folding, which deobfuscators rightly do, merges such strings into longer ones.
   */
  mergeable: boolean;
}

/** The last operand of a left-associated `+` chain: the literal that the next `+ '...'` would be merged with. */
function rightmostOperand(node: AstNode): AstNode {
  let current = node;
  while (current.type === 'BinaryExpression' && current.operator === '+') current = current.right as AstNode;
  return current;
}

/**
 * A string this long counts as found inside a longer output string too. Constant propagation, which deobfuscators
 * rightly do, folds `PEER.ip` or `BITB.title` into the template or concatenation that uses it (and a template's
 * parts always sit next to the values put in it); shorter strings must be found whole, or a single space or letter
 * would be found anywhere.
 */
const MIN_FOLDABLE_LENGTH = 4;

/** Distinct non-empty string values of a plain sample (a value used fifty times is one thing to recover). */
export function originalStrings(source: string): Expected[] {
  const ast = parseLoosely(source);
  if (!ast) return [];
  const values = new Map<string, boolean>();
  const mergeable = new Set<AstNode>();
  walk(ast, (node) => {
    if (node.type === 'BinaryExpression' && node.operator === '+') {
      const left = rightmostOperand(node.left as AstNode);
      const right = node.right as AstNode;
      if (left.type === 'StringLiteral' && right.type === 'StringLiteral') {
        mergeable.add(left);
        mergeable.add(right);
      }
    }
    const value = stringValue(node);
    if (value) values.set(value, (values.get(value) ?? false) || mergeable.has(node) || node.type === 'TemplateElement' || value.length >= MIN_FOLDABLE_LENGTH);
  });
  return [...values.entries()].map(([value, merged]) => ({ value, mergeable: merged }));
}

export interface OutputIndex {
  /** False when the output did not parse and the checks fall back to searching its text. */
  parsed: boolean;
  has(value: string): boolean;
  /** The value occurs inside one of the output's string values. */
  within(value: string): boolean;
}

/**
 * What a deobfuscated output offers to match against: its string values, and its identifier and property names,
 * since `a["value"]` legitimately becomes `a.value` and `{"key": 1}` becomes `{key: 1}`.
 */
export function indexOutput(code: string): OutputIndex {
  const ast = parseLoosely(code);
  if (!ast) {
    // An output that does not parse still holds recovered text; its escaped form is searched too.
    const has = (value: string): boolean => code.includes(value) || code.includes(JSON.stringify(value).slice(1, -1));
    return { parsed: false, has, within: has };
  }
  const values = new Set<string>();
  const strings: string[] = [];
  walk(ast, (node) => {
    const value = stringValue(node);
    if (value) {
      values.add(value);
      strings.push(value);
    } else if (node.type === 'Identifier' || node.type === 'JSXIdentifier') {
      values.add(node.name as string);
    } else if (node.type === 'JSXText') {
      values.add((node.value as string).trim());
    }
  });
  let joined: string | null = null; // built on first use: only mergeable literals need it
  return {
    parsed: true,
    has: (value) => values.has(value),
    within: (value) => (joined ??= strings.join('\u0000')).includes(value),
  };
}

/** How many of `expected` the output contains. */
export function recovered(expected: readonly Expected[], output: OutputIndex): number {
  let found = 0;
  for (const item of expected) if (output.has(item.value) || (item.mergeable && output.within(item.value))) found++;
  return found;
}

/**
 * The strings of a plain sample that are still there once the plain sample itself is deobfuscated. Malicious samples
 * often carry their payload encoded even before any obfuscator touches them (`atob('ZnVuY3Rpb24g…')`, cipher text
 * for an XOR loop); a deobfuscator that decodes the payload rightly replaces that literal with the code it hides, so
 * the literal is no string to "recover". The reference reading is skimguard's, and the same reduced list is used for
 * every tool and for the obfuscated input, so the comparison between tools stays like for like.
 */
export function stringsKeptByPlainReading(expected: readonly Expected[], plainReading: string): { kept: Expected[]; decodedAway: number } {
  const index = indexOutput(plainReading);
  const kept = expected.filter((item) => index.has(item.value) || (item.mergeable && index.within(item.value)));
  return { kept, decodedAway: expected.length - kept.length };
}
