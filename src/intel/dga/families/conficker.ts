/**
 * Conficker.C-style names: every day (UTC) the worm derived 50,000 candidate names from the date, each 4 to 9
 * random lower-case letters under one of about a hundred country-code suffixes, and tried 500 of them. What we
 * reproduce is that shape (short, uniformly random letters, spread over ccTLDs); the worm's own generator is
 * replaced by our mixer, which does not change the character statistics.
 */
import { dayNumber, LETTERS, Mixer, type DgaFamily } from './family.ts';

const SUFFIXES = [
  'ac', 'ae', 'ag', 'am', 'as', 'at', 'be', 'bo', 'bz', 'ca', 'cd', 'ch', 'cl', 'cn', 'co.cr', 'co.id', 'co.il', 'co.ke',
  'co.kr', 'co.nz', 'co.ug', 'co.uk', 'co.za', 'com.ag', 'com.ar', 'com.bo', 'com.br', 'com.bs', 'com.co', 'com.do',
  'com.fj', 'com.gh', 'com.gt', 'com.hk', 'com.jm', 'com.mx', 'com.my', 'com.ng', 'com.pa', 'com.pe', 'com.ph',
  'com.pl', 'com.py', 'com.ru', 'com.sa', 'com.sg', 'com.tr', 'com.tw', 'com.ua', 'com.uy', 'com.ve', 'com.vn', 'cx',
  'cz', 'dj', 'dk', 'dm', 'ec', 'ee', 'es', 'fm', 'gd', 'gr', 'gs', 'gy', 'hn', 'ht', 'hu', 'ie', 'im', 'in', 'ir', 'is',
  'kn', 'kz', 'la', 'lc', 'li', 'lu', 'lv', 'ms', 'mu', 'mw', 'my', 'nf', 'ng', 'nl', 'no', 'pe', 'pk', 'pl', 'pt', 'ro',
  'ru', 'sc', 'sh', 'sk', 'sn', 'su', 'tc', 'tj', 'tl', 'tw', 'uz', 'vc', 'vn',
];

export function generate(seed: Date | number, count: number): string[] {
  // Only the date seeds the list, so every infected machine computes the same rendezvous names that day.
  const random = new Mixer(Math.imul(dayNumber(seed), 0x9e3779b1) ^ 0xc0f1c4e5);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const length = 4 + random.below(6);
    let label = '';
    for (let i = 0; i < length; i++) label += LETTERS[random.below(26)];
    domains.push(`${label}.${random.pick(SUFFIXES)}`);
  }
  return domains;
}

export const conficker: DgaFamily = { name: 'conficker', scheme: 'date-seeded, 4-9 random letters, ccTLDs', generate };
