/**
 * Which names a host is checked under: the host itself and each parent up to its registrable domain, never a public
 * suffix. Private suffixes count as public (tldts `allowPrivateDomains`), so that a feed listing `evil.github.io`
 * flags that site only, and no feed entry can make all of `github.io` or `co.uk` match. Pure.
 */
import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';
import { canonicalIpv4 } from './canonicalize.ts';

export interface HostCandidates {
  /** Canonical host: lower case, no trailing dot, IPv4 as a dotted quad, punycode. */
  host: string;
  ip: boolean;
  /** The host, then its parents, ending at the registrable domain (or just the host when it has none). */
  names: string[];
  registrable: string | null;
}

const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;

export function hostCandidates(rawHost: string): HostCandidates | null {
  let host = rawHost.trim().toLowerCase();
  if (host.startsWith('[') || host.endsWith(']') || host.endsWith('.')) host = host.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  // an internationalized name is keyed and looked up as punycode, as browsers send it
  if (/[^\p{ASCII}]/u.test(host)) host = domainToASCII(host);
  if (host === '') return null;
  const ipv4 = canonicalIpv4(host);
  if (ipv4 !== null) return { host: ipv4, ip: true, names: [ipv4], registrable: null };
  if (host.includes(':')) return { host, ip: true, names: [host], registrable: null };
  const registrable = getDomain(host, TLDTS_OPTIONS);
  const names = [host];
  if (registrable !== null && host !== registrable && host.endsWith(`.${registrable}`)) {
    for (let at = host.indexOf('.'); at >= 0; at = host.indexOf('.', at + 1)) {
      const parent = host.slice(at + 1);
      names.push(parent);
      if (parent === registrable) break;
    }
  }
  return { host, ip: false, names, registrable };
}
