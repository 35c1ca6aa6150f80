import type { Category } from '../categories.ts';
import { defineFeedFormat, ResultBuilder, type Indicator } from './feed.ts';
import { csvRecords } from './csv.ts';
import { isHttpUrl } from './syntax.ts';

/** PhishTank lists phishing pages only: its records have no field that could name another category. */
export const PHISHTANK_CATEGORIES: readonly Category[] = ['Phishing'];

/** PhishTank's catch-all `target`: it names no brand, so it makes no useful tag. */
const UNNAMED_TARGET = 'other';

/** The fields of a PhishTank record this parser uses, as text, whatever the dump's encoding. */
export interface PhishTankFields {
  phish_id?: string | undefined;
  url?: string | undefined;
  verified?: string | undefined;
  submission_time?: string | undefined;
  target?: string | undefined;
}

export type PhishTankOutcome = { indicator: Indicator } | { skip: true } | { bad: string };

/**
 * One PhishTank record, shared by the CSV and JSON dumps. Only community-verified submissions are phishing as far as
 * PhishTank is concerned; unverified ones are votes in progress and are skipped, not reported. A `verified` that is
 * neither yes nor no means the columns are not what they claim to be, and is reported. `online` is not read: the
 * dumps already hold only pages PhishTank last saw online, and a page taken down may come back.
 */
export function phishTankRecord(fields: PhishTankFields): PhishTankOutcome {
  const verified = fields.verified?.trim().toLowerCase();
  if (verified === 'no' || verified === 'false') return { skip: true };
  if (verified !== 'yes' && verified !== 'true') return { bad: 'verified is not yes or no' };
  const url = fields.url?.trim() ?? '';
  if (url === '') return { bad: 'missing url' };
  if (!isHttpUrl(url)) return { bad: 'not an absolute http(s) URL' };
  const indicator: Indicator = { kind: 'url', value: url, categories: [...PHISHTANK_CATEGORIES] };
  const id = fields.phish_id?.trim();
  if (id) indicator.id = id;
  const submitted = fields.submission_time?.trim();
  if (submitted) indicator.firstSeen = submitted;
  const target = fields.target?.trim();
  if (target && target.toLowerCase() !== UNNAMED_TARGET) indicator.tags = [target];
  return { indicator };
}

/** Columns without which no record can be judged; the rest (`submission_time`, `target`…) are optional. */
const REQUIRED_COLUMNS = ['phish_id', 'url', 'verified'];

/**
 * PhishTank's CSV dump (`online-valid.csv`): `phish_id,url,phish_detail_url,submission_time,verified,
 * verification_time,online,target`. Columns are looked up by header name, since PhishTank has added columns before.
 * URLs are quoted when they contain commas or quotes, and may then span the usual CSV escapes.
 */
export default defineFeedFormat({
  meta: { id: 'phishtank-csv', description: 'PhishTank CSV dump (verified phishing URLs)', defaultCategories: ['Phishing'] },
  parse(text) {
    const result = new ResultBuilder();
    const table = csvRecords(text, REQUIRED_COLUMNS);
    if (table.header.length === 0) return result.result();
    if (table.missing.length > 0) {
      // Without these columns every row would be misread; one report for the header says why the dump gave nothing.
      result.bad(table.headerLine, table.headerText, `missing column: ${table.missing.join(', ')}`);
      return result.result();
    }
    for (const row of table.rows) {
      if (row.error !== undefined) {
        result.bad(row.line, row.text, row.error);
        continue;
      }
      const outcome = phishTankRecord(row.values);
      if ('indicator' in outcome) result.add(outcome.indicator);
      else if ('bad' in outcome) result.bad(row.line, row.text, outcome.bad);
    }
    return result.result();
  },
});
