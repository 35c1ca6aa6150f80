import { defineFeedFormat, ResultBuilder } from './feed.ts';
import { hostName, ipAddress, numberedLines } from './syntax.ts';

/**
 * Names every hosts file maps to itself (the system entries copied at the top of blocklists such as StevenBlack's),
 * plus `0.0.0.0` which some lists map to itself. They are not indicators and not errors.
 */
const SYSTEM_NAMES: ReadonlySet<string> = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

/**
 * A hosts file used as a blocklist: `0.0.0.0 evil.example` or `127.0.0.1 a.example b.example`. A hosts entry
 * matches one name exactly (the resolver never applies it to subdomains), so the indicators are exact hosts. `#`
 * starts a comment anywhere on a line, as in hosts(5).
 */
export default defineFeedFormat({
  meta: { id: 'hosts', description: 'hosts file (0.0.0.0 host), exact host names', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    for (const [line, raw] of numberedLines(text)) {
      const fields = raw.replace(/#.*$/, '').trim().split(/\s+/);
      const [address, ...names] = fields;
      if (address === undefined || address === '') continue;
      // IPv6 entries may carry a zone (`fe80::1%lo0 localhost` in macOS-derived lists).
      if (!ipAddress(address.replace(/%[\w.-]+$/, ''))) {
        result.bad(line, raw, 'not an address followed by host names');
        continue;
      }
      let listed = 0;
      let invalid = false;
      for (const name of names) {
        if (SYSTEM_NAMES.has(name.toLowerCase().replace(/\.$/, ''))) continue;
        const host = hostName(name);
        if (host) {
          result.add({ kind: 'domain', value: host, categories: [], subdomains: false });
          listed++;
        } else {
          invalid = true;
        }
      }
      // Valid names on a line with a broken one are still taken; the line is reported once, so a changed format shows.
      if (invalid) result.bad(line, raw, 'not a host name');
      else if (listed === 0 && names.length === 0) result.bad(line, raw, 'address without a host name');
    }
    return result.result();
  },
});
