/**
 * CryptoLocker-style names. The public analyses describe three 32-bit words seeded from the day, month and year,
 * stepped with the shift-and-xor recurrences of L'Ecuyer's combined Tausworthe generator (taus88); each step's
 * combined output, modulo 25, is one letter from `a` to `y` (never `z`), and a name is 12 to 15 letters under one of
 * seven suffixes, cycled by sequence number. We follow that description; how the sequence number enters the seed is
 * our choice.
 */
import { calendar, type DgaFamily } from './family.ts';

const SUFFIXES = ['com', 'net', 'biz', 'ru', 'org', 'co.uk', 'info'];

/** One taus88 step per component. Each component must stay above a small bound or it decays to zero. */
class Taus88 {
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(s1: number, s2: number, s3: number) {
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  next(): number {
    this.s1 = (((this.s1 & 0xfffffffe) << 12) ^ ((((this.s1 << 13) ^ this.s1) >>> 0) >>> 19)) >>> 0;
    this.s2 = (((this.s2 & 0xfffffff8) << 4) ^ ((((this.s2 << 2) ^ this.s2) >>> 0) >>> 25)) >>> 0;
    this.s3 = (((this.s3 & 0xfffffff0) << 17) ^ ((((this.s3 << 3) ^ this.s3) >>> 0) >>> 11)) >>> 0;
    return (this.s1 ^ this.s2 ^ this.s3) >>> 0;
  }
}

export function generate(seed: Date | number, count: number): string[] {
  const { year, month, day } = calendar(seed);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    // Spread the small date fields over the word (they are 1-31, 1-12 and ~2000) and keep each component above the
    // bound under which taus88 degenerates (2, 8 and 16).
    const random = new Taus88(
      ((day + (index << 8)) * 0x01000193 | 0x100) >>> 0,
      ((month + (index << 4)) * 0x00010001 | 0x100) >>> 0,
      ((year + index) * 0x045d9f3b | 0x100) >>> 0,
    );
    for (let warmUp = 0; warmUp < 8; warmUp++) random.next();
    const length = 12 + (random.next() % 4);
    let label = '';
    for (let i = 0; i < length; i++) label += String.fromCharCode(97 + (random.next() % 25));
    domains.push(`${label}.${SUFFIXES[index % SUFFIXES.length]}`);
  }
  return domains;
}

export const cryptolocker: DgaFamily = { name: 'cryptolocker', scheme: 'date-seeded taus88, 12-15 letters a-y', generate };
