/**
 * Dyre (Dyreza) style names: one letter followed by hexadecimal digits of a SHA-256 over the date and the name's
 * number, 33 characters in all, under small ccTLDs popular with the operators. This is the "hex digest" kind of DGA
 * (Bamital and several banking trojans look alike): digits and `a`-`f` only, which no other family here produces.
 */
import { createHash } from 'node:crypto';
import { calendar, type DgaFamily } from './family.ts';

const SUFFIXES = ['cc', 'ws', 'to', 'in', 'hk', 'cn', 'tk', 'so'];

export function generate(seed: Date | number, count: number): string[] {
  const { year, month, day } = calendar(seed);
  const date = `${year}-${month}-${day}`;
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const hex = createHash('sha256').update(`${date}${index}`).digest('hex');
    domains.push(`${String.fromCharCode(97 + (index % 26))}${hex.slice(0, 32)}.${SUFFIXES[index % SUFFIXES.length]}`);
  }
  return domains;
}

export const dyre: DgaFamily = { name: 'dyre', scheme: 'letter + 32 hex digits of SHA-256(date)', generate };
