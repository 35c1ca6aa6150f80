import { addThreatfoxRecord, parseAbuseChCsv } from './abuse-ch.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';

/**
 * Removes the blanks ThreatFox puts between its quoted fields (`"2024-01-01 00:00:00", "123", "evil.example"`). To
 * an RFC 4180 reader ` "123"` is an unquoted field starting with a space, so a padded field holding a comma
 * (`malware_alias`, `tags`) would be split. Outside quotes, a run of blanks touching a quote can only be padding;
 * inside quotes nothing is touched (a doubled `""` toggles the state twice, so it stays inside). Comment lines are
 * tightened on their own, so that a stray quote in one cannot shift the state of the data after it. Only blanks
 * are removed, so line numbers are unchanged.
 */
export function tightenQuotedFields(text: string): string {
  let inQuotes = false;
  const lines = text.split('\n').map((line) => {
    const comment = !inQuotes && line.trimStart().startsWith('#');
    let quoted = comment ? false : inQuotes;
    let out = '';
    for (let at = 0; at < line.length; at++) {
      const char = line[at] as string;
      if (char === '"') quoted = !quoted;
      if (!quoted && (char === ' ' || char === '\t')) {
        let end = at;
        while (line[end] === ' ' || line[end] === '\t') end++;
        if (out.endsWith('"') || line[end] === '"') {
          at = end - 1;
          continue;
        }
      }
      out += char;
    }
    if (!comment) inQuotes = quoted;
    return out;
  });
  return lines.join('\n');
}

/**
 * The ThreatFox CSV export (`https://threatfox.abuse.ch/export/csv/recent/`): a `#` comment block whose last line is
 * the quoted header (`# "first_seen_utc","ioc_id","ioc_value","ioc_type","threat_type",…`), then rows of quoted
 * fields padded with spaces after the commas. URL, domain and `ip:port` IOCs become indicators; see abuse-ch.ts for
 * the mapping.
 */
export default defineFeedFormat({
  meta: { id: 'threatfox-csv', description: 'abuse.ch ThreatFox CSV export', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    parseAbuseChCsv(tightenQuotedFields(text), result, ['ioc_value', 'ioc_type'], addThreatfoxRecord);
    return result.result();
  },
});
