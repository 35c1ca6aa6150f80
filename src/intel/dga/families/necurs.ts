/**
 * Necurs names, after the published reverse-engineering: a 64-bit value is pushed through a mixing routine (a data-
 * dependent number of rounds of multiply-by-7, shift and add) once for the year, then for the month plus a constant,
 * the day divided by four (so a list lasts four days), the domain's number and a per-sample option. The name's length
 * is 7 to 21 and each letter is `a` + (value mod 25), the value being re-mixed between letters; the suffix is one
 * of 43, picked by the low bits of what is left.
 *
 * JavaScript numbers hold 53 bits, so the 64-bit value is kept as two unsigned 32-bit halves (much faster than
 * BigInt for the tens of thousands of rounds a training set needs).
 */
import { calendar, type DgaFamily } from './family.ts';

const SUFFIXES = [
  'tj', 'in', 'jp', 'tw', 'ac', 'cm', 'la', 'mn', 'so', 'sh', 'sc', 'nu', 'nf', 'mu', 'ms', 'mx', 'ki', 'im', 'cx', 'cc',
  'tv', 'bz', 'me', 'eu', 'de', 'ru', 'co', 'su', 'pw', 'kz', 'sx', 'us', 'ug', 'ir', 'to', 'ga', 'com', 'net', 'org',
  'biz', 'xxx', 'pro', 'bit',
];

/** Per-sample constant mixed into the seed; samples seen in the wild used small integers. */
const OPTION = 9;

const TWO_32 = 0x1_0000_0000;

/** A 64-bit unsigned value as high and low 32-bit halves. */
type U64 = [hi: number, lo: number];

function add(a: U64, b: U64): U64 {
  const lo = a[1] + b[1];
  return [(a[0] + b[0] + (lo >= TWO_32 ? 1 : 0)) >>> 0, lo >>> 0];
}

function sub(a: U64, b: U64): U64 {
  const lo = a[1] - b[1];
  return [(a[0] - b[0] - (lo < 0 ? 1 : 0)) >>> 0, lo >>> 0];
}

function shiftLeft(a: U64, bits: number): U64 {
  return [((a[0] << bits) | (a[1] >>> (32 - bits))) >>> 0, (a[1] << bits) >>> 0];
}

function shiftRight(a: U64, bits: number): U64 {
  return [a[0] >>> bits, ((a[1] >>> bits) | (a[0] << (32 - bits))) >>> 0];
}

function xor(a: U64, b: U64): U64 {
  return [(a[0] ^ b[0]) >>> 0, (a[1] ^ b[1]) >>> 0];
}

const small = (value: number): U64 => [0, value >>> 0];

/** The value modulo a small number, exactly: (hi * 2^32 + lo) mod m without leaving 53-bit arithmetic. */
function mod(a: U64, modulus: number): number {
  return (((a[0] % modulus) * (TWO_32 % modulus)) + (a[1] % modulus)) % modulus;
}

function mix(start: U64): U64 {
  let value = start;
  const rounds = (value[1] & 0x7f) + 21;
  for (let round = 0; round < rounds; round++) {
    const times7 = sub(shiftLeft(value, 3), value);
    const step = sub(add(xor(times7, shiftLeft(value, 15)), small(8 * round)), shiftRight(value, 5));
    value = add(value, step);
  }
  return value;
}

export function generate(seed: Date | number, count: number): string[] {
  const { year, month, day } = calendar(seed);
  let dated = mix(small(year));
  dated = mix(add(dated, small(month + 43_690)));
  dated = mix(add(dated, small(day >> 2)));
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    let value = mix(add(dated, small(index)));
    value = mix(add(value, small(OPTION)));
    const length = mod(value, 15) + 7;
    let label = '';
    for (let i = 0; i < length; i++) {
      value = mix(add(value, small(i)));
      label += String.fromCharCode(97 + mod(value, 25));
      value = mix(add(value, small(0xabbedf)));
    }
    domains.push(`${label}.${SUFFIXES[(value[1] & 0x3f) % SUFFIXES.length]}`);
  }
  return domains;
}

export const necurs: DgaFamily = { name: 'necurs', scheme: 'date-seeded 64-bit mixer, 7-21 letters a-y, 43 TLDs', generate };
