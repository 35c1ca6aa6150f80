/**
 * The deobfuscation steps, in the order each round runs them. Consecutive visitor steps share one traversal.
 * A new step is a new file registered here; nothing else changes.
 */
import type { DeobfuscationStep } from '../step.ts';
import normalizeLiterals from './normalize-literals.ts';
import foldConstants from './fold-constants.ts';
import computedMemberToDot from './computed-member-to-dot.ts';
import decodeStringArrays from './decode-string-arrays.ts';
import inlineAliases from './inline-aliases.ts';
import inlineProxyFunctions from './inline-proxy-functions.ts';
import mergeObjectAssignments from './merge-object-assignments.ts';
import foldLiteralMethods from './fold-literal-methods.ts';
import inlineConstantKeys from './inline-constant-keys.ts';
import restoreJQueryParameter from './restore-jquery-parameter.ts';
import inlineConstantObjects from './inline-constant-objects.ts';
import unflattenControlFlow from './unflatten-control-flow.ts';
import removeDeadBranches from './remove-dead-branches.ts';
import flattenBlocks from './flatten-blocks.ts';
import splitSequences from './split-sequences.ts';
import removeAntiAnalysis from './remove-anti-analysis.ts';
import removeUnusedLocals from './remove-unused-locals.ts';
import unpackCodeStrings from './unpack-code-strings.ts';
import evaluateCodeStrings from './evaluate-code-strings.ts';
import decodeSelfRunningEncodings from './decode-self-running-encodings.ts';

export const steps: readonly DeobfuscationStep[] = [
  decodeSelfRunningEncodings,
  decodeStringArrays,
  normalizeLiterals,
  foldConstants,
  foldLiteralMethods,
  computedMemberToDot,
  splitSequences,
  mergeObjectAssignments,
  inlineAliases,
  inlineConstantKeys,
  inlineProxyFunctions,
  inlineConstantObjects,
  restoreJQueryParameter,
  unflattenControlFlow,
  removeDeadBranches,
  flattenBlocks,
  removeAntiAnalysis,
  removeUnusedLocals,
  evaluateCodeStrings,
  unpackCodeStrings,
];
