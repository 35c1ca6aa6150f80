/**
 * GameOver Zeus ("newGOZ", 2014) style names: MD5 over the date, the name's number and a key carried by the sample;
 * the digest, read as four 32-bit words, is spelled out in base 36 (`a`-`z` then `0`-`9`), one character per
 * division, for 20 to 28 characters, under one of four gTLDs. Letters and digits mixed at random: the family that
 * teaches the model that digits can be generated too (with Dyre's hex).
 */
import { createHash } from 'node:crypto';
import { calendar, type DgaFamily } from './family.ts';

const CHARSET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SUFFIXES = ['com', 'org', 'biz', 'net'];
const KEY = 'skimguard-newgoz-key';

export function generate(seed: Date | number, count: number): string[] {
  const { year, month, day } = calendar(seed);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const digest = createHash('md5').update(`${index}|${year}|${month}|${day}|${KEY}`).digest();
    const words = [0, 4, 8, 12].map((offset) => digest.readUInt32LE(offset));
    const length = 20 + ((digest[15] as number) % 9);
    let label = '';
    // Eight characters per 32-bit word would exhaust it (36^8 > 2^32), so cycle over the words one division at a time.
    for (let i = 0; i < length; i++) {
      const at = i % 4;
      const word = words[at] as number;
      label += CHARSET[word % 36];
      words[at] = Math.floor(word / 36) + (i * 0x9e37 >>> 0);
    }
    domains.push(`${label}.${SUFFIXES[index % SUFFIXES.length]}`);
  }
  return domains;
}

export const gameover: DgaFamily = { name: 'gameover', scheme: 'MD5 of date spelled in base 36, 20-28 chars', generate };
