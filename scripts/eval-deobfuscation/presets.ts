/**
 * The obfuscation variants every sample is put through. javascript-obfuscator presets run in child processes (they
 * are slow on bundles and can be spread over cores); the wrapper encoders are quick and run in-process.
 */
import type { ObfuscatorOptions } from 'javascript-obfuscator';
import { ENCODERS_VERSION, evalBase64, functionFromCharCode, nestedEval, packer, xorLoop } from './encoders.ts';

/** Fixed so that reruns produce the same outputs (javascript-obfuscator treats seed 0 as "random"). */
export const OBFUSCATOR_SEED = 20240611;

export type Preset =
  | { name: string; kind: 'javascript-obfuscator'; options: ObfuscatorOptions }
  | { name: string; kind: 'encoder'; encode: (source: string) => string; version: string };

/**
 * Options shared by the javascript-obfuscator presets. The single-technique presets set only their technique on top
 * of the library's default preset (which already moves 75 % of strings into a rotated, shuffled string array), as a
 * user turning that one option on would get.
 */
const base: ObfuscatorOptions = { seed: OBFUSCATOR_SEED, target: 'browser' };

const stringArray = (encoding: 'base64' | 'rc4'): ObfuscatorOptions => ({
  ...base,
  stringArray: true,
  stringArrayThreshold: 1,
  stringArrayEncoding: [encoding],
  stringArrayRotate: true,
  stringArrayShuffle: true,
  stringArrayIndexShift: true,
  stringArrayWrappersCount: 2,
  stringArrayWrappersType: 'function',
  stringArrayWrappersChainedCalls: true,
  stringArrayWrappersParametersMaxCount: 4,
});

const encoder = (name: string, encode: (source: string) => string): Preset => ({ name, kind: 'encoder', encode, version: ENCODERS_VERSION });

export const PRESETS: readonly Preset[] = [
  // The documented presets, resolved by the library itself (README "Preset Options") so they track its version.
  { name: 'low', kind: 'javascript-obfuscator', options: { ...base, optionsPreset: 'low-obfuscation' } },
  { name: 'medium', kind: 'javascript-obfuscator', options: { ...base, optionsPreset: 'medium-obfuscation' } },
  { name: 'high', kind: 'javascript-obfuscator', options: { ...base, optionsPreset: 'high-obfuscation' } },
  { name: 'string-array-base64', kind: 'javascript-obfuscator', options: stringArray('base64') },
  { name: 'string-array-rc4', kind: 'javascript-obfuscator', options: stringArray('rc4') },
  { name: 'control-flow-flattening', kind: 'javascript-obfuscator', options: { ...base, controlFlowFlattening: true, controlFlowFlatteningThreshold: 1 } },
  { name: 'dead-code-injection', kind: 'javascript-obfuscator', options: { ...base, deadCodeInjection: true, deadCodeInjectionThreshold: 1 } },
  { name: 'split-strings', kind: 'javascript-obfuscator', options: { ...base, splitStrings: true, splitStringsChunkLength: 5 } },
  { name: 'transform-object-keys', kind: 'javascript-obfuscator', options: { ...base, transformObjectKeys: true } },
  { name: 'unicode-escape-sequence', kind: 'javascript-obfuscator', options: { ...base, unicodeEscapeSequence: true } },
  { name: 'self-defending', kind: 'javascript-obfuscator', options: { ...base, selfDefending: true, compact: true } },
  encoder('packer', packer),
  encoder('eval-base64', evalBase64),
  encoder('function-fromcharcode', functionFromCharCode),
  encoder('xor-loop', xorLoop),
  encoder('nested-eval', nestedEval),
];

/** `EVAL_PRESETS=low,packer` narrows a run; unknown names are an error rather than an empty run. */
export function selectPresets(list: string | undefined): Preset[] {
  if (!list) return [...PRESETS];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !PRESETS.some((preset) => preset.name === name));
  if (unknown.length > 0) throw new Error(`EVAL_PRESETS: unknown preset(s) ${unknown.join(', ')}; known: ${PRESETS.map((preset) => preset.name).join(', ')}`);
  return PRESETS.filter((preset) => names.includes(preset.name));
}

export function describePreset(preset: Preset): string {
  if (preset.kind === 'encoder') return `own encoder v${preset.version}`;
  const { seed: _seed, target: _target, ...rest } = preset.options;
  return `javascript-obfuscator ${JSON.stringify(rest)}`;
}
