/**
 * What the abuse.ch dumps (URLhaus and ThreatFox) share between their CSV and JSON spellings: the mapping of one
 * record to an indicator, so that both spellings of a feed give the same indicators for the same data. A record is
 * handed over as a plain object keyed by the dump's field names, whichever spelling it came from.
 */
import type { Category } from '../categories.ts';
import { sortCategories } from '../categories.ts';
import { csvRecords } from './csv.ts';
import type { Indicator, ResultBuilder } from './feed.ts';
import { hostName, ipAddress, isHttpUrl } from './syntax.ts';
import { fieldList, fieldText, isObject, readJson, recordText, unique, type FieldRecord } from './records.ts';

/**
 * abuse.ch writes UTC times as `2024-01-01 11:59:05` (CSV) or `2024-01-01 11:59:05 UTC` (URLhaus JSON); they are
 * returned in ISO 8601 so that all formats' times compare alike. Something else ISO-like is kept as it is; anything
 * unrecognized is dropped rather than handed to a caller that would misjudge it.
 */
function abuseChTime(value: unknown): string | undefined {
  const text = fieldText(value);
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?: ?UTC)?$/.exec(text);
  if (spaced) return `${spaced[1]}T${spaced[2]}Z`;
  return /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? text : undefined;
}

/** Adds the indicator without the optional fields the record left empty. */
function addIndicator(result: ResultBuilder, indicator: Indicator): void {
  const clean = { ...indicator };
  if (clean.tags?.length === 0) delete clean.tags;
  if (!clean.id) delete clean.id;
  if (!clean.firstSeen) delete clean.firstSeen;
  result.add(clean);
}

/**
 * One URLhaus record (`id`, `dateadded`, `url`, `url_status`, `threat`, `tags`…): one URL indicator. Only
 * `malware_download` names a category; URLhaus's other threat values are left to the feed's defaults. `url_status`
 * is deliberately ignored: `offline` means the host did not answer the last check, not that abuse.ch withdrew it.
 */
export function addUrlhausRecord(result: ResultBuilder, position: number, raw: string, record: FieldRecord): void {
  const url = fieldText(record.url);
  if (url === '') return result.bad(position, raw, 'no url');
  if (!isHttpUrl(url)) return result.bad(position, raw, 'not an http(s) URL');
  const threat = fieldText(record.threat);
  const categories: Category[] = threat.toLowerCase() === 'malware_download' ? ['Malware'] : [];
  addIndicator(result, {
    kind: 'url',
    value: url,
    categories,
    tags: unique([threat, ...fieldList(record.tags)].filter((tag) => tag !== '')),
    id: fieldText(record.id) || undefined,
    firstSeen: abuseChTime(record.dateadded),
  });
}

/** ThreatFox `threat_type` values that name a category; others (and new ones) leave it to the feed's defaults. */
const THREATFOX_THREAT_TYPES: Readonly<Record<string, Category>> = {
  botnet_cc: 'Command and Control & Botnet',
  payload_delivery: 'Malware',
  payload: 'Malware',
  cc_skimming: 'Spyware',
};

/**
 * ThreatFox files miners under `botnet_cc` or `payload_delivery` like any other family; the family's names are what
 * tell a miner (`XMRIG`, `CoinMiner`, `win.coinhive`…).
 */
const MINER_NAMES = ['xmrig', 'coinhive', 'cryptonight', 'miner'];

function isMinerFamily(record: FieldRecord): boolean {
  const names = [record.malware_printable, record.malware_alias, record.fk_malware, record.malware].map((name) => fieldText(name).toLowerCase());
  return names.some((name) => MINER_NAMES.some((miner) => name.includes(miner)));
}

/**
 * The IP of an `ip:port` IOC (`198.51.100.7:443`, `[2001:db8::1]:8080`), or null. A bare address is accepted too:
 * the port says where the C2 listens, the match is on the host.
 */
function ipOfIpPort(value: string): string | null {
  const withPort = /^(\[[^\]]+\]|[^:]+):\d{1,5}$/.exec(value);
  return ipAddress(withPort ? (withPort[1] as string) : value);
}

/**
 * One ThreatFox record (`ioc_value`, `ioc_type`, `threat_type`, `malware_printable`, `tags`…). URL, domain and
 * `ip:port` IOCs become indicators; hash IOCs are not network indicators and are passed over without complaint.
 */
export function addThreatfoxRecord(result: ResultBuilder, position: number, raw: string, record: FieldRecord): void {
  const type = fieldText(record.ioc_type).toLowerCase();
  const value = fieldText(record.ioc_value);
  if (type === '') return result.bad(position, raw, 'no ioc_type');
  if (type !== 'url' && type !== 'domain' && type !== 'ip:port') return;
  if (value === '') return result.bad(position, raw, 'no ioc_value');
  let indicator: Pick<Indicator, 'kind' | 'value' | 'subdomains'>;
  if (type === 'url') {
    if (!isHttpUrl(value)) return result.bad(position, raw, 'not an http(s) URL');
    indicator = { kind: 'url', value };
  } else if (type === 'domain') {
    const host = hostName(value);
    if (!host) return result.bad(position, raw, 'not a domain name');
    indicator = { kind: 'domain', value: host, subdomains: false };
  } else {
    const ip = ipOfIpPort(value);
    if (!ip) return result.bad(position, raw, 'not an IP address with a port');
    indicator = { kind: 'ip', value: ip };
  }
  const categories: Category[] = [];
  const mapped = THREATFOX_THREAT_TYPES[fieldText(record.threat_type).toLowerCase()];
  if (mapped) categories.push(mapped);
  if (isMinerFamily(record)) categories.push('Cryptomining');
  addIndicator(result, {
    ...indicator,
    categories: sortCategories(categories),
    tags: unique([fieldText(record.malware_printable), ...fieldList(record.tags)].filter((tag) => tag !== '')),
    id: fieldText(record.ioc_id) || undefined,
    firstSeen: abuseChTime(record.first_seen_utc),
  });
}

/**
 * The JSON dumps of both URLhaus and ThreatFox: an object keyed by the record id, each value an array of entries
 * (one in practice). Entries are numbered from 1 across the whole document, for bad-record positions.
 */
export function parseKeyedJson(
  text: string,
  result: ResultBuilder,
  idField: string,
  add: (result: ResultBuilder, position: number, raw: string, record: FieldRecord) => void,
): void {
  const document = readJson(text, result);
  if (document === undefined) return;
  if (!isObject(document)) return result.bad(1, recordText(document), 'not an object keyed by id');
  let position = 0;
  for (const [key, entries] of Object.entries(document)) {
    if (!Array.isArray(entries)) {
      result.bad(++position, recordText({ [key]: entries }), 'not an array of entries');
      continue;
    }
    for (const entry of entries) {
      position++;
      if (!isObject(entry)) result.bad(position, recordText(entry), 'entry is not an object');
      else add(result, position, recordText({ [key]: entry }), { ...entry, [idField]: key });
    }
  }
}

/**
 * The CSV dumps of both URLhaus and ThreatFox. abuse.ch writes the header as the last `#` comment line (`# id,
 * dateadded,url,…`) so that tools skipping comments see only data; a header given as a plain first line (a
 * re-exported or hand-made dump) is accepted too. Columns are found by name, so reordered or added columns are fine;
 * with no header naming the `required` columns, every row is reported rather than guessed at.
 */
export function parseAbuseChCsv(
  text: string,
  result: ResultBuilder,
  required: string[],
  add: (result: ResultBuilder, position: number, raw: string, record: FieldRecord) => void,
): void {
  let table = csvRecords(text, required, { headerInComment: true });
  if (table.missing.length > 0) {
    const plain = csvRecords(text, required);
    if (plain.missing.length === 0) table = plain;
  }
  if (table.missing.length > 0) {
    for (const row of table.rows) result.bad(row.line, row.text, `no header line naming the columns: ${required.join(', ')}`);
    return;
  }
  const headerKey = table.header.join(',');
  for (const row of table.rows) {
    // A second copy of the header (two dumps concatenated) is not data.
    if (row.fields.map((field) => field.trim().toLowerCase()).join(',') === headerKey) continue;
    if (row.error !== undefined) result.bad(row.line, row.text, row.error);
    else add(result, row.line, row.text, { ...row.values });
  }
}
