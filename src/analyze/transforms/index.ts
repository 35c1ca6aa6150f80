/**
 * The transform registry. Transforms are merged into one visitor table, which the facts walk
 * (dataflow/facts.ts) applies to every node on the way up, children before parents, so chains like
 * `"x".split("").reverse().join("")` collapse in one pass.
 *
 * Rule for transforms: a visitor may only look at its node and that node's descendants. That is what makes one
 * bottom-up pass a fixed point.
 */
import type { Node } from '../ast.ts';
import type { Transform } from './transform.ts';
import computedMemberToDot from './computed-member-to-dot.ts';
import decodeBase64 from './decode-base64.ts';
import decodeCharCodes from './decode-char-codes.ts';
import decodeUri from './decode-uri.ts';
import decodeStringEscapes from './decode-string-escapes.ts';
import foldConstantBinary from './fold-constant-binary.ts';
import foldLiteralMethods from './fold-literal-methods.ts';
import foldTemplateLiteral from './fold-template-literal.ts';

export const transforms: readonly Transform[] = [
  decodeStringEscapes,
  computedMemberToDot,
  foldConstantBinary,
  foldTemplateLiteral,
  decodeCharCodes,
  decodeBase64,
  decodeUri,
  foldLiteralMethods,
];

type Visitor = (node: Node) => Node | null;
export type TransformTable = ReadonlyMap<string, readonly { name: string; visit: Visitor }[]>;

export function buildTable(list: readonly Transform[]): TransformTable {
  const table = new Map<string, { name: string; visit: Visitor }[]>();
  for (const transform of list) {
    for (const [type, visit] of Object.entries(transform.visitors)) {
      if (!visit) continue;
      const entries = table.get(type) ?? [];
      entries.push({ name: transform.meta.name, visit });
      table.set(type, entries);
    }
  }
  return table;
}

/** The merged visitor table of all registered transforms (applied during the facts walk). */
export const transformTable: TransformTable = buildTable(transforms);
