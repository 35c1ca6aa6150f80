/**
 * Ramnit names, as described publicly: a per-sample 32-bit seed drives the Park-Miller "minimal standard" generator
 * (multiplier 16807, evaluated with Schrage's decomposition 127773/2836 and truncated to 32 bits). Each name takes
 * one draw for its length (8 to 19) and one per letter (`a` to `y`), all under .com; the next name's seed is the
 * product of the generator's state before and after the length draw, folded to 32 bits. Not date-dependent, so the
 * same sample always walks the same list.
 */
import { integerSeed, type DgaFamily } from './family.ts';

class ParkMiller {
  state: number;

  constructor(state: number) {
    this.state = state;
  }

  below(modulus: number): number {
    const quotient = Math.floor(this.state / 127_773);
    // The subtraction can go negative; the malware keeps the low 32 bits of the two's-complement result.
    this.state = (16_807 * (this.state % 127_773) - 2_836 * quotient) >>> 0;
    return this.state % modulus;
  }
}

export function generate(seed: Date | number, count: number): string[] {
  const random = new ParkMiller(integerSeed(seed));
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const before = random.state;
    const length = random.below(12) + 8;
    const after = random.state;
    let label = '';
    for (let i = 0; i < length; i++) label += String.fromCharCode(97 + random.below(25));
    domains.push(`${label}.com`);
    // A 64-bit product does not fit a double exactly: BigInt, once per name, is cheap enough.
    const product = BigInt(before) * BigInt(after);
    random.state = Number((product + (product >> 32n)) & 0xffff_ffffn);
  }
  return domains;
}

export const ramnit: DgaFamily = { name: 'ramnit', scheme: 'seeded Park-Miller, 8-19 letters a-y, .com', generate };
