import { addThreatfoxRecord, parseKeyedJson } from './abuse-ch.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';

/**
 * The ThreatFox JSON export (`https://threatfox.abuse.ch/export/json/recent/`): `{"<ioc_id>": [{ioc_value, ioc_type,
 * threat_type, malware, malware_alias, malware_printable, first_seen_utc, tags, …}]}`, tags one comma-separated
 * string or null. Mapped as the CSV export is (see abuse-ch.ts). Bad-record positions count entries from 1 in
 * document order.
 */
export default defineFeedFormat({
  meta: { id: 'threatfox-json', description: 'abuse.ch ThreatFox JSON export', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    parseKeyedJson(text, result, 'ioc_id', addThreatfoxRecord);
    return result.result();
  },
});
