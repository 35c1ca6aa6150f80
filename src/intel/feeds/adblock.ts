import type { Indicator } from './feed.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';
import { hostName, ipAddress, numberedLines } from './syntax.ts';

/**
 * Cosmetic and HTML-filtering rules of ABP, uBlock Origin and AdGuard: an optional domain list (or an AdGuard
 * `[$path=…]` prefix) then `##`, `#@#`, `#?#`, `#$#`, `#%#`, `#@$#`… or AdGuard's `$$` / `$@$`. They hide page
 * elements and say nothing about which hosts are malicious, so they are ignored, not reported.
 */
const COSMETIC = /^(?:\[\$[^\]]*\])?[^\s|@/#$]*(?:#[@$?%]{0,2}#|\$@?\$)/;

/** `||host^`: the host and all its subdomains. The `^` may be missing, `*.` may precede the host, a port may follow. */
const DOMAIN_ANCHOR = /^\|\|(?:\*\.)?([^\s/^$|*:]+)(?::\d+)?(?:\^\|?|\/)?(?:\$(.*))?$/;

/** `|http://host^` / `|https://host/` / `|host^`: a URL starting at exactly that host. */
const START_ANCHOR = /^\|(?:https?:\/\/)?([^\s/^$|*:]+)(?::\d+)?(?:\^\|?|\/)?(?:\$(.*))?$/;

/**
 * Options that make an exception switch off element hiding or script injection rather than network blocking
 * (`@@||shop.example^$elemhide`). Such a rule must not become an allow rule for the host.
 */
const COSMETIC_EXCEPTION_OPTIONS: ReadonlySet<string> = new Set([
  'elemhide',
  'ehide',
  'generichide',
  'ghide',
  'specifichide',
  'shide',
  'content',
  'jsinject',
  'extension',
  'stealth',
]);

/** The option names of a `$…` list, lower-cased, without values (`domain=a.example|b.example` → `domain`). */
function optionNames(options: string | undefined): string[] {
  if (options === undefined || options === '') return [];
  return options.split(',').map((option) => option.trim().split('=')[0]?.replace(/^~/, '').toLowerCase() ?? '');
}

/** A bare `evil.example` (optionally with `^` and options), read as `||evil.example^`. */
const BARE_HOST = /^([^\s/^$|*:]+)\^?(?:\$(.*))?$/;

function hostIndicator(host: string, subdomains: boolean, exception: boolean): Indicator | null {
  const ip = ipAddress(host);
  if (ip) return exception ? { kind: 'ip', value: ip, categories: [], exception } : { kind: 'ip', value: ip, categories: [] };
  const name = hostName(host);
  if (!name) return null;
  return exception ? { kind: 'domain', value: name, categories: [], subdomains, exception } : { kind: 'domain', value: name, categories: [], subdomains };
}

/**
 * AdGuard / uBlock Origin / Adblock Plus network rules that block (or, with `@@`, allow) a whole host. Threat lists
 * in this format (URLhaus's and phishing filter lists for AdGuard, uBlock's badware list) are made of such rules;
 * general ad-blocking lists also hold path patterns, which cannot be expressed as a host indicator.
 *
 * - `||evil.example^` covers the host and its subdomains; `|http://evil.example^` and `|evil.example^` only the host.
 * - `$options` are accepted and dropped (`$third-party,script`, `$important`, AdGuard DNS's `$dnstype=`), except
 *   `$badfilter`, which cancels another rule and so is no indicator, and exceptions that only switch off cosmetic
 *   filtering.
 * - A bare `evil.example` line (AdGuard DNS and hosts-style lists) is read as `||evil.example^`.
 * - Comments (`!`, and `#` in AdGuard DNS lists), `[Adblock Plus 2.0]` headers and cosmetic rules are skipped.
 * - An anchored rule (`||`, `|`, `@@`) that is not for a whole host (`||evil.example/ads/*`, `@@/regex/`) is
 *   reported as bad: in a threat list that means the feed uses rules this index cannot honour.
 * - Unanchored patterns (`/banner/*`, `-ad-frame.`) are valid filters that name no host, and are skipped; a line with
 *   whitespace or markup that is none of the above is reported, so an HTML error page served as the list shows up.
 */
export default defineFeedFormat({
  meta: { id: 'adblock', description: 'AdGuard / uBlock / Adblock Plus network rules for whole hosts', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    for (const [line, raw] of numberedLines(text)) {
      const rule = raw.trim();
      if (rule === '' || rule.startsWith('!') || (rule.startsWith('[') && rule.endsWith(']'))) continue;
      if (COSMETIC.test(rule)) continue;
      if (rule.startsWith('#')) continue;
      const exception = rule.startsWith('@@');
      const pattern = exception ? rule.slice(2) : rule;
      const anchored = exception || pattern.startsWith('|');
      const domainMatch = DOMAIN_ANCHOR.exec(pattern);
      const match = domainMatch ?? START_ANCHOR.exec(pattern) ?? BARE_HOST.exec(pattern);
      const subdomains = domainMatch !== null || !pattern.startsWith('|');
      // A rule that names no whole host may still be a `$badfilter` (which cancels a rule, and is never an error).
      const dollar = pattern.lastIndexOf('$');
      const options = optionNames(match ? match[2] : dollar >= 0 ? pattern.slice(dollar + 1) : undefined);
      if (options.includes('badfilter')) continue;
      if (exception && options.length > 0 && options.every((name) => COSMETIC_EXCEPTION_OPTIONS.has(name))) continue;
      const indicator = match?.[1] === undefined ? null : hostIndicator(match[1], subdomains, exception);
      if (indicator) result.add(indicator);
      else if (anchored) result.bad(line, raw, 'not a network rule for a whole domain');
      else if (/\s|[<>]/.test(pattern)) result.bad(line, raw, 'not an adblock rule');
    }
    return result.result();
  },
});
