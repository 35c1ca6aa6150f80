/**
 * Matsnu style names: words from a verb list and a noun list, alternately, appended until the name is at least 24
 * characters long, under .com; the date seeds the choice. Names such as "protectyearexplainpartner.com" are longer
 * than Suppobox's, which a length feature can use, but are still made of real words. Word lists are our own.
 */
import { dayNumber, Mixer, type DgaFamily } from './family.ts';
import { NOUNS, VERBS } from './words.ts';

const MIN_LENGTH = 24;

export function generate(seed: Date | number, count: number): string[] {
  const random = new Mixer(Math.imul(dayNumber(seed), 0xcc9e2d51) ^ 0x3a75a0c1);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    let label = '';
    for (let turn = 0; label.length < MIN_LENGTH; turn++) label += random.pick(turn % 2 === 0 ? VERBS : NOUNS);
    domains.push(`${label}.com`);
  }
  return domains;
}

export const matsnu: DgaFamily = { name: 'matsnu', scheme: 'verb/noun words appended to >= 24 chars', generate };
