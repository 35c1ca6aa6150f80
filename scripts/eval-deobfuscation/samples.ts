/**
 * Which corpus samples are obfuscated, and which of those also go to webcrack and restringer.
 */
import { parse } from '@babel/parser';
import type { Sample } from '../corpus.ts';

/**
 * Benign bundles above this size are not obfuscated. javascript-obfuscator's high preset grows code 30-fold and takes
 * about 40 ms per KB, and every deobfuscator slows with it (skimguard's included, whose
 * budget grows with the file). EVAL_BENIGN_MAX_KB overrides it.
 */
export const BENIGN_MAX_BYTES = 50 * 1024;

/**
 * Files per preset given to webcrack and restringer. restringer needs 5-30 s per obfuscated file here (webcrack about
 * 1 s), so running them on every file of every preset would take hours; they get an even spread of families and
 * sizes instead, and skimguard's figures are also printed for exactly these files. EVAL_COMPARE_LIMIT overrides it
 * (0 = every file).
 */
export const COMPARE_FILES_PER_PRESET = 12;
/** Share of the compared files taken from the malicious side; the rest are benign bundles. */
const COMPARE_MALICIOUS_SHARE = 0.75;

/**
 * Obfuscators and eval wrappers take complete classic scripts. Samples that are not one are left out of every preset
 * (and counted): the corpus truncates some files on purpose (and adds cut copies of benign files, which can happen to
 * parse but repeat their file's text), and ES modules cannot run inside eval.
 */
export function exclusionReason(sample: Sample): 'truncated copy' | 'truncated or invalid' | 'ES module' | null {
  if (sample.id.endsWith('#truncated')) return 'truncated copy';
  try {
    parse(sample.source, { sourceType: 'script' });
    return null;
  } catch {
    try {
      parse(sample.source, { sourceType: 'module' });
      return 'ES module';
    } catch {
      return 'truncated or invalid';
    }
  }
}

/** `count` items spread evenly over `items`, in their order (the first is always taken). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  if (count <= 0) return [];
  const picked: T[] = [];
  for (let i = 0; i < count; i++) picked.push(items[Math.floor((i * items.length) / count)] as T);
  return picked;
}

/** Malicious samples round-robin over families (so a small pick covers many families), then benign ones by size. */
export function compareSelection(malicious: readonly Sample[], benign: readonly Sample[], limit: number): Set<string> {
  if (limit <= 0) return new Set([...malicious, ...benign].map((sample) => sample.id));
  const benignCount = Math.min(benign.length, Math.max(1, Math.round(limit * (1 - COMPARE_MALICIOUS_SHARE))));
  const maliciousCount = Math.min(malicious.length, limit - benignCount);
  const byFamily = new Map<string, Sample[]>();
  for (const sample of malicious) byFamily.set(sample.group, [...(byFamily.get(sample.group) ?? []), sample]);
  const families = spread([...byFamily.keys()].sort(), maliciousCount);
  const picked: Sample[] = [];
  for (let round = 0; picked.length < maliciousCount; round++) {
    const before = picked.length;
    for (const family of families) {
      const member = (byFamily.get(family) as Sample[])[round];
      if (member && picked.length < maliciousCount) picked.push(member);
    }
    if (picked.length === before) break;
  }
  const bySize = [...benign].sort((a, b) => a.source.length - b.source.length);
  return new Set([...picked, ...spread(bySize, benignCount)].map((sample) => sample.id));
}
