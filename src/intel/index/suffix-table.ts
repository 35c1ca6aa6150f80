/**
 * A table of host names that answers "which of this host's dot-suffixes are in the table?" without cutting the
 * host into substrings. Keys are found by a polynomial hash computed right to left, so one pass over the host gives
 * the hash of every suffix (`a.b.example`, `b.example`, `example`). Written by hand because Map lookups with freshly
 * sliced keys measured about five times slower here (each new string is allocated and hashed before the lookup),
 * and domain lookups are the hot path of checking every script and connection a site loads.
 */
const MULTIPLIER = 0x01000193;

interface Slot<T> { key: string; value: T }

export class SuffixTable<T> {
  private readonly slots = new Map<number, Slot<T> | Slot<T>[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  private static hash(text: string): number {
    let hash = 0;
    let power = 1;
    for (let i = text.length - 1; i >= 0; i--) {
      hash = (hash + Math.imul(text.charCodeAt(i), power)) | 0;
      power = Math.imul(power, MULTIPLIER);
    }
    return hash & 0x3fffffff; // small-integer keys: the Map hashes them without allocating
  }

  get(key: string): T | undefined {
    const found = this.slots.get(SuffixTable.hash(key));
    if (found === undefined) return undefined;
    if (!Array.isArray(found)) return found.key === key ? found.value : undefined;
    return found.find((slot) => slot.key === key)?.value;
  }

  set(key: string, value: T): void {
    const hash = SuffixTable.hash(key);
    const found = this.slots.get(hash);
    if (found === undefined) {
      this.slots.set(hash, { key, value });
      this.count++;
    } else if (!Array.isArray(found)) {
      if (found.key === key) found.value = value;
      else {
        this.slots.set(hash, [found, { key, value }]);
        this.count++;
      }
    } else {
      const slot = found.find((candidate) => candidate.key === key);
      if (slot) slot.value = value;
      else {
        found.push({ key, value });
        this.count++;
      }
    }
  }

  /**
   * Calls `visit` with the value of each suffix of `host` that is in the table, from the shortest (`example`) to
   * the whole host; `suffixesOnly` skips the whole host. IP addresses should be looked up with `get`.
   */
  forEachSuffix(host: string, visit: (value: T, key: string) => void, suffixesOnly = false): void {
    if (this.count === 0) return;
    let hash = 0;
    let power = 1;
    for (let i = host.length - 1; i >= 0; i--) {
      hash = (hash + Math.imul(host.charCodeAt(i), power)) | 0;
      power = Math.imul(power, MULTIPLIER);
      const boundary = i === 0 ? !suffixesOnly : host.charCodeAt(i - 1) === 0x2e;
      if (!boundary) continue;
      const found = this.slots.get(hash & 0x3fffffff);
      if (found === undefined) continue;
      const length = host.length - i;
      if (!Array.isArray(found)) {
        if (found.key.length === length && host.endsWith(found.key)) visit(found.value, found.key);
        continue;
      }
      for (const slot of found) if (slot.key.length === length && host.endsWith(slot.key)) visit(slot.value, slot.key);
    }
  }

  *entries(): Generator<[string, T]> {
    for (const found of this.slots.values()) {
      for (const slot of Array.isArray(found) ? found : [found]) yield [slot.key, slot.value];
    }
  }
}
