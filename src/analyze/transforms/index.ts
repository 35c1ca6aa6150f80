/**
 * The transform registry and a fixed-point runner. Transforms are merged into one visitor table. The analysis
 * applies the table during its facts walk (children before parents, so chains like
 * `"x".split("").reverse().join("")` collapse in one pass); `runTransforms` is the standalone runner, which repeats
 * passes while anything changes.
 *
 * Rule for transforms: a visitor may only look at its node and that node's descendants. That is what makes one
 * bottom-up pass a fixed point.
 */
import { childKeys, isNode, type Node } from '../ast.ts';
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

/** Each pass is a full walk; real code settles in two or three, so more than this means a pathological input. */
export const MAX_TRANSFORM_PASSES = 8;

type Visitor = (node: Node) => Node | null;
export type TransformTable = ReadonlyMap<string, readonly { name: string; visit: Visitor }[]>;
interface Site { node: Node; parent: Node | null; key: string; index: number }

function buildTable(list: readonly Transform[]): Map<string, { name: string; visit: Visitor }[]> {
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
const defaultTable = transformTable;

function collectSites(root: Node, table: ReadonlyMap<string, unknown>): Site[] {
  const sites: Site[] = [];
  const stack: Site[] = [{ node: root, parent: null, key: '', index: -1 }];
  while (stack.length > 0) {
    const site = stack.pop() as Site;
    const node = site.node;
    if (table.has(node.type)) sites.push(site);
    for (const key of childKeys(node)) {
      const value: unknown = node[key];
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (isNode(item)) stack.push({ node: item, parent: node, key, index: i });
        }
      } else if (isNode(value)) {
        stack.push({ node: value, parent: node, key, index: -1 });
      }
    }
  }
  return sites;
}

function replaceAt(site: Site, replacement: Node): void {
  const parent = site.parent as Node;
  if (site.index >= 0) (parent[site.key] as Node[])[site.index] = replacement;
  else parent[site.key] = replacement;
}

export interface TransformReport {
  /** Changes made by each transform that fired. */
  counts: Record<string, number>;
  passes: number;
  /** True when MAX_TRANSFORM_PASSES ran out before a fixed point. */
  exhausted: boolean;
}

/** Rewrites `program` in place until no transform changes anything (or the pass budget is spent). */
export function runTransforms(program: Node, list?: readonly Transform[]): TransformReport {
  const table = list ? buildTable(list) : defaultTable;
  const counts: Record<string, number> = {};
  let passes = 0;
  for (; passes < MAX_TRANSFORM_PASSES; passes++) {
    const sites = collectSites(program, table);
    let changed = false;
    // Pre-order reversed visits every child before its parent.
    for (let i = sites.length - 1; i >= 0; i--) {
      const site = sites[i] as Site;
      if (!site.parent) continue;
      const slot = site.parent[site.key] as Node | Node[];
      const node = Array.isArray(slot) ? (slot[site.index] as Node) : slot;
      for (const entry of table.get(node.type) ?? []) {
        const replacement = entry.visit(node);
        if (!replacement) continue;
        counts[entry.name] = (counts[entry.name] ?? 0) + 1;
        if (replacement === node) continue; // rewritten in place; later entries may still apply
        replaceAt(site, replacement);
        changed = true;
        break; // the replacement may be of another type; the next pass visits it afresh
      }
    }
    if (!changed) return { counts, passes: passes + 1, exhausted: false };
  }
  return { counts, passes, exhausted: true };
}
