/**
 * Pykspa style names: the seed changes every two days; a linear congruential generator (the classic C-runtime
 * constants 214013/2531011, taking bits 16-30 of the state) gives a length of 6 to 12 and one letter per draw,
 * under one of five suffixes. Pykspa's second variant mixes in "noise" names from a second seed; both kinds look
 * alike character-wise, so one generator stands for both.
 */
import { dayNumber, type DgaFamily } from './family.ts';

const SUFFIXES = ['com', 'net', 'org', 'info', 'cc'];

class CRuntimeRand {
  private state: number;

  constructor(state: number) {
    this.state = state;
  }

  next(): number {
    this.state = (Math.imul(this.state, 214_013) + 2_531_011) >>> 0;
    return (this.state >>> 16) & 0x7fff;
  }
}

export function generate(seed: Date | number, count: number): string[] {
  const period = Math.floor(dayNumber(seed) / 2);
  const random = new CRuntimeRand(Math.imul(period, 0x2545f491) ^ 0x5a17b3c2);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const length = 6 + (random.next() % 7);
    let label = '';
    for (let i = 0; i < length; i++) label += String.fromCharCode(97 + (random.next() % 26));
    domains.push(`${label}.${SUFFIXES[random.next() % SUFFIXES.length]}`);
  }
  return domains;
}

export const pykspa: DgaFamily = { name: 'pykspa', scheme: 'two-day LCG seed, 6-12 letters', generate };
