/**
 * What a host or a check target names. Hosts are matched as the host itself and each parent up to its registrable
 * domain, never a public suffix. Private suffixes count as public (tldts `allowPrivateDomains`), so that a feed
 * listing `evil.github.io` flags that site only, and no feed entry can make all of `github.io` or `co.uk` match. Pure.
 */
import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';
import { canonicalIpv4, canonicalizeUrl, isPlainHost, looksLikeUrl, type CanonicalUrl } from './canonicalize.ts';

export interface CanonicalHost {
  /** Lower case, no brackets or trailing dot, IPv4 as a dotted quad, an internationalized name as punycode. */
  host: string;
  ip: boolean;
}

export interface HostCandidates extends CanonicalHost {
  /** The host, then its parents, ending at the registrable domain (or just the host when it has none). */
  names: string[];
  registrable: string | null;
}

const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;

/** A host as feeds and lookups key it; null when nothing is left of it. */
export function canonicalHostName(raw: string): CanonicalHost | null {
  if (isPlainHost(raw)) return { host: raw, ip: false };
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[') || host.endsWith(']') || host.endsWith('.')) host = host.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  // an internationalized name is keyed and looked up as punycode, as browsers send it
  if (/[^\p{ASCII}]/u.test(host)) host = domainToASCII(host);
  if (host === '') return null;
  const ipv4 = canonicalIpv4(host);
  return ipv4 !== null ? { host: ipv4, ip: true } : { host, ip: host.includes(':') };
}

export function hostCandidates(rawHost: string): HostCandidates | null {
  const canonical = canonicalHostName(rawHost);
  if (canonical === null) return null;
  const { host, ip } = canonical;
  if (ip) return { host, ip, names: [host], registrable: null };
  const registrable = getDomain(host, TLDTS_OPTIONS);
  const names = [host];
  if (registrable !== null && host !== registrable && host.endsWith(`.${registrable}`)) {
    for (let at = host.indexOf('.'); at >= 0; at = host.indexOf('.', at + 1)) {
      const parent = host.slice(at + 1);
      names.push(parent);
      if (parent === registrable) break;
    }
  }
  return { host, ip, names, registrable };
}

export interface CheckTarget extends CanonicalHost {
  /** The canonical URL when the target is one; null for a bare host. */
  url: CanonicalUrl | null;
}

/**
 * What a `check` target names: a URL (canonicalized as Safe Browsing does) or a bare host (`*.host` read as the
 * host); null when there is no host in it. The one reading shared by the feed index and the local signals, so
 * that both judge the same host.
 */
export function readTarget(input: string): CheckTarget | null {
  if (isPlainHost(input)) return { host: input, ip: false, url: null };
  if (looksLikeUrl(input)) {
    const url = canonicalizeUrl(input);
    return url === null || url.host === '' ? null : { host: url.host, ip: url.ip, url };
  }
  const canonical = canonicalHostName(input.startsWith('*.') ? input.slice(2) : input);
  return canonical === null ? null : { ...canonical, url: null };
}
