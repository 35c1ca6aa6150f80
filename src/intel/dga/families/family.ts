/**
 * What every DGA family module exports, and the seed conventions they share. Pure: no I/O, no clock; a generator's
 * output depends on its arguments only, so that training sets and tests are reproducible.
 */

export interface DgaFamily {
  /** Short lower-case name, used as the family's key in the model file and the evaluation table. */
  name: string;
  /** How its names are built, in a phrase: shown next to the evaluation figures. */
  scheme: string;
  /** `count` domains (with their TLDs) for one seed: a date for date-seeded families, or a number. */
  generate(seed: Date | number, count: number): string[];
}

const DAY_MS = 86_400_000;

/**
 * Day number (days since 1970-01-01, UTC) for a seed. A number seed is taken to be a day number already, so that
 * date-seeded families can be driven from plain integers in tests and scripts without building Date objects.
 */
export function dayNumber(seed: Date | number): number {
  if (typeof seed === 'number') return Math.floor(seed);
  return Math.floor(seed.getTime() / DAY_MS);
}

/** Calendar fields (UTC) of a seed, for families whose public descriptions seed on year, month and day. */
export function calendar(seed: Date | number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber(seed) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A 32-bit integer seed for families seeded by a number (a hard-coded constant in the malware): a number is used
 * as it is, a date becomes its yyyymmdd spelling, so that one sample's configuration can be varied per day in
 * training.
 */
export function integerSeed(seed: Date | number): number {
  if (typeof seed === 'number') return seed >>> 0;
  const { year, month, day } = calendar(seed);
  return (year * 10_000 + month * 100 + day) >>> 0;
}

/**
 * A small, fast 32-bit generator (the "mulberry32" mixing steps) for families whose exact generator does not matter to
 * the character statistics we model: what matters is that letters come out uniformly and lengths follow the family's
 * range. Families whose public description fixes the generator implement that generator instead.
 */
export class Mixer {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return (value ^ (value >>> 14)) >>> 0;
  }

  /** An integer in [0, bound). The slight modulo bias is harmless here (and present in the malware too). */
  below(bound: number): number {
    return this.next() % bound;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)] as T;
  }
}

/** FNV-1a over a string: turns a textual seed (a date spelled out, a base word) into a 32-bit number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash >>> 0;
}

export const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
