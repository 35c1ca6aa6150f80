/**
 * Disk cache under node_modules/.cache/skimguard-eval-deobfuscation/: obfuscated outputs (slow to make for bundles)
 * and the outputs of the third-party deobfuscators, which do not change while skimguard's deobfuscator is worked on.
 * Keys hash the input with everything that shapes the output (preset or tool, options, version), so a stale entry
 * is never read; deleting the folder forces everything to be redone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CACHE_ROOT = join(new URL('../..', import.meta.url).pathname, 'node_modules/.cache/skimguard-eval-deobfuscation');

export function cacheKey(...parts: string[]): string {
  const hash = createHash('sha256');
  // Lengths first, so that ("ab", "c") and ("a", "bc") hash differently.
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

export function readCached(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Written under a temporary name and renamed, so an interrupted run never leaves a half-written entry. */
export function writeCached(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
