import { defineFeedFormat, ResultBuilder } from './feed.ts';
import { hostName, ipAddress, numberedLines } from './syntax.ts';

/**
 * A plain list of domains, one per line (`#` and `!` comments, blank lines). A listed domain covers its subdomains,
 * as the blocklists in this format mean it (`evil.example` listed blocks `cdn.evil.example`).
 */
export default defineFeedFormat({
  meta: { id: 'domain-list', description: 'plain domain list, one per line', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    for (const [line, raw] of numberedLines(text)) {
      const entry = raw.replace(/\s+#.*$/, '').trim();
      if (entry === '' || entry.startsWith('#') || entry.startsWith('!')) continue;
      const ip = ipAddress(entry);
      if (ip) {
        result.add({ kind: 'ip', value: ip, categories: [] });
        continue;
      }
      const host = hostName(entry.replace(/^\*\./, ''));
      if (host) result.add({ kind: 'domain', value: host, categories: [], subdomains: true });
      else result.bad(line, raw, 'not a domain name');
    }
    return result.result();
  },
});
