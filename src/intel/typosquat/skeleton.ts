/**
 * Confusable skeletons, in the spirit of Unicode UTS #39: two labels with the same skeleton read the same to a person
 * skimming a script tag or a network log, whatever code points they are made of. The skeleton is not meant to be
 * read, only compared. Pure.
 *
 * Steps, in order:
 *  1. `xn--` labels are decoded to Unicode, since the punycode form is what reaches us but the Unicode form is what
 *     the browser shows and what the attacker chose for its looks.
 *  2. Lower case, then NFKD with combining marks removed: fullwidth letters, mathematical alphanumerics, ligatures
 *     and accented letters (ｇ, 𝐠, ǵ) fall back to their base letter.
 *  3. Each character goes through the table below (Cyrillic, Greek, Armenian and Latin look-alikes that
 *     Unicode does not decompose), then through the ASCII folds: 0→o, 1→l and i→l.
 *  4. Letter pairs that render as one letter in the fonts of address bars and editors: rn→m, vv→w, cl→d.
 *
 * Why i→l: a registered name is always lower case, but the page source that loads it is not. `paypai.com` is
 * registered so that it can be written `paypaI.com` in a script tag, where a capital I is indistinguishable from a
 * lower-case l in most sans-serif fonts. Folding i and l together costs little: two names that differ only in i/l
 * are one substitution apart and would be compared by edit distance anyway.
 */
import { domainToUnicode } from 'node:url';

/** Look-alikes that NFKD leaves alone, each mapped to the Latin letter it passes for. */
const LOOKALIKES: readonly (readonly [string, string])[] = [
  // Cyrillic: the classic IDN homograph letters (аррӏе.com).
  ['а', 'a'], ['ь', 'b'], ['с', 'c'], ['ԁ', 'd'], ['е', 'e'], ['ҽ', 'e'], ['һ', 'h'], ['і', 'i'],
  ['ј', 'j'], ['к', 'k'], ['ӏ', 'l'], ['м', 'm'], ['п', 'n'], ['о', 'o'], ['р', 'p'], ['ԛ', 'q'], ['г', 'r'],
  ['ѕ', 's'], ['т', 't'], ['ѵ', 'v'], ['ԝ', 'w'], ['ѡ', 'w'], ['х', 'x'], ['у', 'y'], ['ү', 'y'],
  ['ҫ', 'c'],
  // Greek: lower-case letters that match Latin ones at URL sizes.
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['ϳ', 'j'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'],
  ['ρ', 'p'], ['ϱ', 'p'], ['σ', 'o'], ['ϲ', 'c'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['γ', 'y'], ['ω', 'w'],
  // Armenian.
  ['օ', 'o'], ['ս', 'u'], ['ո', 'n'], ['հ', 'h'], ['ց', 'g'], ['զ', 'q'],
  // Latin letters with strokes or hooks (no decomposition) and small capitals.
  ['ı', 'i'], ['ȷ', 'j'], ['ɑ', 'a'], ['ɡ', 'g'], ['ɩ', 'i'], ['ɨ', 'i'], ['ł', 'l'], ['ɫ', 'l'], ['ɭ', 'l'], ['ø', 'o'],
  ['ɵ', 'o'], ['đ', 'd'], ['ɗ', 'd'], ['ħ', 'h'], ['ŧ', 't'], ['ƀ', 'b'], ['ɓ', 'b'], ['ƒ', 'f'], ['ƙ', 'k'],
  ['ɲ', 'n'], ['ʋ', 'v'], ['ȿ', 's'], ['ɛ', 'e'], ['ǝ', 'e'], ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'],
  ['ᴇ', 'e'], ['ɢ', 'g'], ['ʜ', 'h'], ['ɪ', 'i'], ['ᴋ', 'k'], ['ʟ', 'l'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'],
  ['ᴘ', 'p'], ['ʀ', 'r'], ['ꜱ', 's'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
];

/** Folds inside ASCII, applied after the table: digits that pass for letters, and i with l (see the file comment). */
const ASCII_FOLDS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l' };

const fold = (letter: string): string => ASCII_FOLDS[letter] ?? letter;

const CONFUSABLES: ReadonlyMap<string, string> = new Map(LOOKALIKES.map(([from, to]) => [from, fold(to)]));

/** One string per ASCII code: the fast path for the common case of a plain ASCII label. */
const ASCII_MAP: readonly string[] = Array.from({ length: 128 }, (_, code) => fold(String.fromCharCode(code)));

const PAIRS: Readonly<Record<string, string>> = { rn: 'm', vv: 'w', cl: 'd' };
const PAIR_PATTERN = /rn|vv|cl/g;

/** The Unicode form of a label: `xn--` labels decoded, anything else (or undecodable punycode) as given. */
export function unicodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  const decoded = domainToUnicode(label);
  return decoded === '' ? label : decoded;
}

/** The confusable skeleton of one DNS label (see the file comment for what maps to what). */
export function skeleton(label: string): string {
  const text = unicodeLabel(label).toLowerCase();
  let out = '';
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      ascii = false;
      break;
    }
    out += ASCII_MAP[code] as string;
  }
  if (!ascii) {
    out = '';
    // The table is applied before NFKD as well as after it, because NFKD would turn some of its entries into
    // something else first (the lunate sigma ϲ, a c look-alike, decomposes to the final sigma ς).
    let mapped = '';
    for (const char of text) mapped += CONFUSABLES.get(char) ?? char;
    for (const char of mapped.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) out += CONFUSABLES.get(char) ?? fold(char);
  }
  return out.includes('rn') || out.includes('vv') || out.includes('cl') ? out.replace(PAIR_PATTERN, (pair) => PAIRS[pair] as string) : out;
}
