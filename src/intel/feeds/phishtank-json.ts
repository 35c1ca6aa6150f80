import { defineFeedFormat, ResultBuilder } from './feed.ts';
import { phishTankRecord, type PhishTankFields } from './phishtank-csv.ts';

/** A JSON scalar as the text PhishTank's CSV dump would hold (`phish_id` is a number in the JSON dump). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * PhishTank's JSON dump (`online-valid.json`): an array of objects with the CSV dump's field names plus `details`
 * (hosting data, not used). Records are judged exactly as in the CSV dump. A bad record's number is its 1-based
 * position in the array; a document that is not JSON (a truncated download, an HTML rate-limit page) or not an
 * array gives one bad record and no indicators.
 */
export default defineFeedFormat({
  meta: { id: 'phishtank-json', description: 'PhishTank JSON dump (verified phishing URLs)', defaultCategories: ['Phishing'] },
  parse(source) {
    const result = new ResultBuilder();
    if (source.trim() === '') return result.result();
    let document: unknown;
    try {
      document = JSON.parse(source);
    } catch {
      result.bad(1, source, 'not JSON');
      return result.result();
    }
    if (!Array.isArray(document)) {
      result.bad(1, source, 'not a JSON array');
      return result.result();
    }
    document.forEach((element: unknown, index) => {
      const position = index + 1;
      const example = JSON.stringify(element) ?? String(element);
      if (typeof element !== 'object' || element === null || Array.isArray(element)) {
        result.bad(position, example, 'not an object');
        return;
      }
      const record = element as Record<string, unknown>;
      if (typeof record.url !== 'string') {
        result.bad(position, example, 'missing url');
        return;
      }
      const fields: PhishTankFields = {
        phish_id: text(record.phish_id),
        url: record.url,
        verified: text(record.verified),
        submission_time: text(record.submission_time),
        target: text(record.target),
      };
      const outcome = phishTankRecord(fields);
      if ('indicator' in outcome) result.add(outcome.indicator);
      else if ('bad' in outcome) result.bad(position, example, outcome.bad);
    });
    return result.result();
  },
});
