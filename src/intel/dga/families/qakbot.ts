/**
 * Qakbot (Qbot) style names: the seed is the date rounded down to a ten-day period (the 1st, 11th or 21st), spelled
 * out and hashed together with a per-campaign salt; the malware then draws from a Mersenne Twister, we from our mixer.
 * Names are 8 to 25 random letters under a handful of gTLDs.
 */
import { calendar, fnv1a, LETTERS, Mixer, type DgaFamily } from './family.ts';

const SUFFIXES = ['com', 'net', 'org', 'info', 'biz', 'org'];
const SALT = 0x3f1a_77c3;

export function generate(seed: Date | number, count: number): string[] {
  const { year, month, day } = calendar(seed);
  const periodStart = Math.min(21, 1 + 10 * Math.floor((day - 1) / 10));
  const random = new Mixer(fnv1a(`${periodStart}.${month}.${year}`) ^ SALT);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const length = 8 + random.below(18);
    let label = '';
    for (let i = 0; i < length; i++) label += LETTERS[random.below(26)];
    domains.push(`${label}.${random.pick(SUFFIXES)}`);
  }
  return domains;
}

export const qakbot: DgaFamily = { name: 'qakbot', scheme: 'ten-day seed, 8-25 random letters', generate };
