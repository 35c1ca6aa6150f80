/**
 * One deobfuscation step: a named rewrite of the Babel tree that undoes one obfuscation technique and counts what it
 * changed. Steps are of two kinds:
 * - `create(context)` returns a Babel visitor; the driver merges the visitors of consecutive such steps into one
 *   traversal (the webcrack pattern), so a dozen small steps cost one walk;
 * - `run(context)` does its own work (e.g. collect a string array, evaluate its decoder in the sandbox, replace the
 *   calls), for steps that need the whole program first.
 * `safe: false` marks steps whose result rests on an assumption an attacker could break (that a global was not
 * redefined, that eval runs its argument in the same scope as the call), so `deobfuscate --stats` can say which
 * output rests on them. Steps only ever rewrite; detectors never see the Babel tree.
 */
import type { NodePath, Visitor } from '@babel/traverse';
import type * as t from '@babel/types';
import type { Sandbox } from '../sandbox.ts';

export interface StepContext {
  ast: t.File;
  /** The text the tree was parsed from: decoders are run from their original text, which self-defending code checks. */
  source: string;
  sandbox: Sandbox | null;
  /** Count `n` changes for this step. */
  changed(n?: number): void;
  /** Parses code decoded from a string (eval/Function payloads) as statements; null when it is not a script. */
  parseLayer(code: string): t.Statement[] | null;
  /** Nesting depth of decoded layers so far; steps that unpack a layer check it against the budget. */
  layerDepth(): number;
  enterLayer(): boolean;
  /** Names of encoders recognized (e.g. "javascript-obfuscator", "packer", "jsfuck"), for --stats and scoring. */
  recognize(name: string): void;
}

export interface DeobfuscationStep {
  meta: {
    name: string;
    description: string;
    safe: boolean;
    /** Reads bindings (scope.getBinding): it gets a traversal of its own, over freshly built scopes. */
    usesBindings?: boolean;
  };
  create?(context: StepContext): Visitor;
  run?(context: StepContext): void;
}

export function defineStep(step: DeobfuscationStep): DeobfuscationStep {
  return step;
}

export type { NodePath, Visitor };
