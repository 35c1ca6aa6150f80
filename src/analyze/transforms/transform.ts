import type { Node } from '../ast.ts';

/**
 * One deobfuscation or decoding step. A transform only ever replaces a node by an equivalent one (same value when
 * the page runs it); `safe: false` marks steps that rely on assumptions an attacker could break (e.g. that a global
 * was not redefined), so `deobfuscate --stats` can say which results rest on them.
 */
export interface Transform {
  meta: { name: string; description: string; safe: boolean };
  /** Visitors by node type; return a replacement node, or null to leave the node as it is. */
  visitors: Partial<Record<string, (node: Node) => Node | null>>;
}

export function defineTransform(transform: Transform): Transform {
  return transform;
}
