/**
 * Lexical checks shared by the parsers: is this text a host name, an IP address, a URL. Deliberately strict on what
 * a feed line may be (a typo'd line must be reported, not indexed as a host that matches nothing), liberal on
 * spelling (case, trailing dots, IDN) which canonicalization evens out.
 */
import { domainToASCII } from 'node:url';
import { canonicalIpv4 } from '../canonicalize.ts';

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** A host name (after IDN to ASCII and lower-casing) with at least two labels, or null. */
export function hostName(text: string): string | null {
  const trimmed = text.trim().replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253) return null;
  const ascii = /^[\x21-\x7e]+$/.test(trimmed) ? trimmed.toLowerCase() : domainToASCII(trimmed);
  if (ascii === '') return null;
  const labels = ascii.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1] as string) ? ascii : null;
}

/** An IPv4 address in dotted-quad form (IPv6 in brackets or plain), or null. */
export function ipAddress(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(trimmed)) return canonicalIpv4(trimmed);
  const inner = trimmed.replace(/^\[|\]$/g, '');
  return /^[0-9a-f:]+$/i.test(inner) && inner.includes(':') && inner.split(':').length <= 8 ? inner.toLowerCase() : null;
}

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Lines of a text dump with their 1-based numbers, without line breaks. */
export function* numberedLines(text: string): Generator<[number, string]> {
  let line = 0;
  for (const raw of text.split(/\r?\n/)) {
    line++;
    yield [line, raw];
  }
}
