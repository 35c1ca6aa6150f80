import { addUrlhausRecord, parseKeyedJson } from './abuse-ch.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';

/**
 * The URLhaus JSON dump (`https://urlhaus.abuse.ch/downloads/json/`): `{"<id>": [{dateadded, url, url_status,
 * threat, tags, …}]}`, tags an array or null, times as `2024-01-01 11:59:05 UTC`. Mapped as the CSV dump is (see
 * abuse-ch.ts). Bad-record positions count entries from 1 in document order.
 */
export default defineFeedFormat({
  meta: { id: 'urlhaus-json', description: 'abuse.ch URLhaus JSON dump', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    parseKeyedJson(text, result, 'id', addUrlhausRecord);
    return result.result();
  },
});
