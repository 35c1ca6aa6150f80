/**
 * Simda style names: pronounceable on purpose. Letters alternate between a consonant set and a vowel set in which `y`
 * counts as a vowel, starting with a consonant, so names read like "gatyfus" or "lyvyxor"; lengths are 7 to 10,
 * suffixes a few gTLDs and ccTLDs. A hard case for character statistics: no long consonant runs, vowel ratio near a
 * half. Our generator stands in for the malware's seeded one.
 */
import { integerSeed, Mixer, type DgaFamily } from './family.ts';

const CONSONANTS = 'qwrtpsdfghjklzxcvbnm';
const VOWELS = 'eyuioa';
const SUFFIXES = ['com', 'net', 'info', 'eu', 'biz'];

export function generate(seed: Date | number, count: number): string[] {
  const random = new Mixer(Math.imul(integerSeed(seed), 0x27d4eb2d) ^ 0x51bda0a1);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const length = 7 + random.below(4);
    let label = '';
    for (let i = 0; i < length; i++) {
      const set = i % 2 === 0 ? CONSONANTS : VOWELS;
      label += set[random.below(set.length)];
    }
    domains.push(`${label}.${random.pick(SUFFIXES)}`);
  }
  return domains;
}

export const simda: DgaFamily = { name: 'simda', scheme: 'consonant/vowel alternation, 7-10 letters', generate };
