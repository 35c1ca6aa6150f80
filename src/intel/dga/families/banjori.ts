/**
 * Banjori (MultiBanker) names, from the published description: the malware carries one base name and derives each
 * next name from the previous one by rewriting only its first four letters, each new letter a sum of earlier ones
 * folded back into `a`-`z`; the remaining letters, an English-looking run such as "...nessbiophysicalohax", never
 * change. The base names below are one widely reported seed plus a few of our own in the same style, so that
 * training does not see a single fixed tail.
 */
import { integerSeed, type DgaFamily } from './family.ts';

const BASES = [
  'earnestnessbiophysicalohax.com',
  'fairweatherlighthousebyfe.com',
  'marblecountrysidevenozu.com',
  'thunderstormwatercolorib.com',
  'gentlemanlyquarterbackhix.com',
  'overcautiousnessfloodlitux.com',
];

/** Folds a character code sum back into `a`-`z`, the way the malware keeps names alphabetic. */
const letter = (code: number): number => 97 + (((code - 97) % 26) + 26) % 26;

function next(domain: string): string {
  const codes = [...domain].map((char) => char.charCodeAt(0));
  const [c0, c1, c2, c3] = codes as [number, number, number, number];
  const n0 = letter(c0 + c3);
  const n1 = letter(n0 + 2 * c1);
  const n2 = letter(n0 + c2 - 1);
  const n3 = letter(n1 + n2 + c3);
  return String.fromCharCode(n0, n1, n2, n3) + domain.slice(4);
}

/** A number picks the base name (the malware's hard-coded seed); a date picks one by its yyyymmdd value. */
export function generate(seed: Date | number, count: number): string[] {
  let domain = BASES[integerSeed(seed) % BASES.length] as string;
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    domain = next(domain);
    domains.push(domain);
  }
  return domains;
}

export const banjori: DgaFamily = { name: 'banjori', scheme: 'first 4 letters of a fixed English-like name rewritten', generate };
