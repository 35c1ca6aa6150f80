import { addUrlhausRecord, parseAbuseChCsv } from './abuse-ch.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';

/**
 * The URLhaus CSV dump (`https://urlhaus.abuse.ch/downloads/csv/`): a `#` comment block whose last line is the
 * header (`# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter`), then one quoted row per URL,
 * tags comma-separated inside one field. One URL indicator per row; see abuse-ch.ts for the mapping.
 */
export default defineFeedFormat({
  meta: { id: 'urlhaus-csv', description: 'abuse.ch URLhaus CSV dump', defaultCategories: ['Malware'] },
  parse(text) {
    const result = new ResultBuilder();
    parseAbuseChCsv(text, result, ['url'], addUrlhausRecord);
    return result.result();
  },
});
