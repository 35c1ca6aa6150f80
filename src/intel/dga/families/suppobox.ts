/**
 * Suppobox style names: two English words from a list carried by the malware, concatenated under .net (some
 * variants .ru or .com), the pair chosen from the time rounded down to a fixed period, so that names such as
 * "pleasantwhile.net" come out. Built from real words, they defeat letter statistics by design: this family is
 * here to measure how badly, not because the signal is expected to catch it. The word list is our own (see
 * words.ts), not the malware's.
 */
import { dayNumber, Mixer, type DgaFamily } from './family.ts';
import { COMMON_WORDS } from './words.ts';

const SUFFIXES = ['net', 'net', 'net', 'ru', 'com'];

export function generate(seed: Date | number, count: number): string[] {
  const random = new Mixer(Math.imul(dayNumber(seed), 0x85ebca6b) ^ 0x5ab0b0c5);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const first = random.pick(COMMON_WORDS);
    const second = random.pick(COMMON_WORDS);
    domains.push(`${first}${second}.${random.pick(SUFFIXES)}`);
  }
  return domains;
}

export const suppobox: DgaFamily = { name: 'suppobox', scheme: 'two English words concatenated', generate };
