/**
 * Murofet (Zeus/Licat) style names: MD5 of the date and the name's number, read byte by byte, each byte giving up
 * to two letters (its low five bits, and its high five bits, each kept only when it lands in `a`-`z`), so a name is
 * about 16 to 32 letters. Suffixes cycle through six gTLDs and .ru. The exact byte layout hashed by the malware is
 * not reproduced; the character statistics (hash-derived letters, long names) are.
 */
import { createHash } from 'node:crypto';
import { calendar, type DgaFamily } from './family.ts';

const SUFFIXES = ['biz', 'info', 'org', 'net', 'com', 'ru'];

export function generate(seed: Date | number, count: number): string[] {
  const { year, month, day } = calendar(seed);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const input = Buffer.alloc(8);
    input.writeUInt16LE(year, 0);
    input.writeUInt8(month, 2);
    input.writeUInt8(day, 3);
    input.writeUInt32LE(index, 4);
    const digest = createHash('md5').update(input).digest();
    let label = '';
    for (const byte of digest) {
      const low = byte & 0x1f;
      const high = byte >> 3;
      if (low < 26) label += String.fromCharCode(97 + low);
      if (high < 26) label += String.fromCharCode(97 + high);
    }
    domains.push(`${label}.${SUFFIXES[index % SUFFIXES.length]}`);
  }
  return domains;
}

export const murofet: DgaFamily = { name: 'murofet', scheme: 'MD5 of date, bytes to letters, 16-32 chars', generate };
