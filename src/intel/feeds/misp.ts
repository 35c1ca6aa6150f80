import type { Category } from '../categories.ts';
import { sortCategories } from '../categories.ts';
import { fieldText, isObject, readJson, recordText, unique } from './records.ts';
import type { FieldRecord } from './records.ts';
import type { Indicator } from './feed.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';
import { hostName, ipAddress, isHttpUrl } from './syntax.ts';

/**
 * One event file of a MISP feed (`<uuid>.json`: `{"Event": {uuid, info, date, Tag, Attribute, Object}}`). Indicators
 * come from the event's attributes and those of its objects (a MISP object groups attributes, e.g. a `url` object
 * with its `url` and `domain`), but only those flagged `to_ids`: MISP's own marker of "usable for detection", which
 * leaves out the context attributes (a victim's site, a sandbox link) that must not be blocked. Deleted attributes
 * and objects are skipped. Bad-record positions number the attributes from 1: the event's own first, then each
 * object's in turn.
 */

type Network = Pick<Indicator, 'kind' | 'value' | 'subdomains'>;

/** MISP booleans come as JSON booleans, as "1"/"0" strings from older exports, sometimes as "true". */
function flag(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || (typeof value === 'string' && value.toLowerCase() === 'true');
}

function tagNames(holder: FieldRecord): string[] {
  if (!Array.isArray(holder.Tag)) return [];
  return holder.Tag.map((tag) => (isObject(tag) ? fieldText(tag.name) : '')).filter((name) => name !== '');
}

/**
 * Categories from tag names (event and attribute tags: `misp-galaxy:…="Magecart"`, `phishing`, `type:c2`…) by
 * keyword, and from the attribute's MISP category, of which only `Payload delivery` (where a malware download URL
 * is filed) says enough.
 */
function categoriesOf(mispCategory: string, tags: string[]): Category[] {
  const categories: Category[] = [];
  if (mispCategory.toLowerCase() === 'payload delivery') categories.push('Malware');
  for (const tag of tags.map((name) => name.toLowerCase())) {
    if (tag.includes('phishing')) categories.push('Phishing');
    if (tag.includes('botnet') || /(?:^|[^a-z0-9])c2(?:$|[^a-z0-9])/.test(tag) || /command[ -]and[ -]control/.test(tag)) {
      categories.push('Command and Control & Botnet');
    }
    if (tag.includes('miner') || tag.includes('cryptomining')) categories.push('Cryptomining');
    if (tag.includes('skimm') || tag.includes('magecart')) categories.push('Spyware');
    if (tag.includes('malware')) categories.push('Malware');
  }
  return sortCategories(categories);
}

function urlIndicator(value: string): Network | string {
  return isHttpUrl(value) ? { kind: 'url', value: value.trim() } : `not an http(s) URL: ${value}`;
}

function domainIndicator(value: string): Network | string {
  const host = hostName(value);
  return host ? { kind: 'domain', value: host, subdomains: false } : `not a domain name: ${value}`;
}

function ipIndicator(value: string): Network | string {
  const ip = ipAddress(value);
  return ip ? { kind: 'ip', value: ip } : `not an IP address: ${value}`;
}

/** The indicators an attribute's value gives, or the reason it gives none; undefined for types that are not read. */
function networkValues(type: string, value: string): Network[] | string | undefined {
  const parts: (Network | string)[] = [];
  if (type === 'url') parts.push(urlIndicator(value));
  else if (type === 'domain' || type === 'hostname') parts.push(domainIndicator(value));
  else if (type === 'ip-dst' || type === 'ip-src') parts.push(ipIndicator(value));
  else if (type === 'domain|ip') {
    // A composite attribute: the domain and the address it resolved to, both flagged together.
    const [domain, ip, ...rest] = value.split('|');
    if (domain === undefined || ip === undefined || rest.length > 0) return `not a domain|ip pair: ${value}`;
    parts.push(domainIndicator(domain), ipIndicator(ip));
  } else return undefined;
  const reason = parts.find((part) => typeof part === 'string');
  return typeof reason === 'string' ? reason : (parts as Network[]);
}

export default defineFeedFormat({
  meta: { id: 'misp', description: 'MISP feed event (one event JSON file)', defaultCategories: ['Security threats'] },
  parse(text) {
    const result = new ResultBuilder();
    const document = readJson(text, result);
    if (document === undefined) return result.result();
    const event = isObject(document) ? document.Event : undefined;
    if (!isObject(event)) {
      result.bad(1, recordText(document), 'not a MISP event (no "Event" object)');
      return result.result();
    }
    const eventTags = tagNames(event);
    const eventDate = fieldText(event.date);
    const attributes: { attribute: unknown; deleted: boolean }[] = [];
    for (const attribute of Array.isArray(event.Attribute) ? event.Attribute : []) attributes.push({ attribute, deleted: false });
    for (const object of Array.isArray(event.Object) ? event.Object : []) {
      if (!isObject(object) || !Array.isArray(object.Attribute)) continue;
      for (const attribute of object.Attribute) attributes.push({ attribute, deleted: flag(object.deleted) });
    }
    attributes.forEach(({ attribute, deleted }, index) => {
      const position = index + 1;
      if (!isObject(attribute)) return result.bad(position, recordText(attribute), 'attribute is not an object');
      if (deleted || flag(attribute.deleted) || !flag(attribute.to_ids)) return;
      const values = networkValues(fieldText(attribute.type).toLowerCase(), fieldText(attribute.value));
      if (values === undefined) return;
      if (typeof values === 'string') return result.bad(position, recordText(attribute), values);
      const tags = unique([...eventTags, ...tagNames(attribute)]);
      const categories = categoriesOf(fieldText(attribute.category), tags);
      const id = fieldText(attribute.uuid);
      const firstSeen = fieldText(attribute.first_seen) || eventDate;
      for (const value of values) {
        const indicator: Indicator = { ...value, categories: [...categories] };
        if (tags.length > 0) indicator.tags = [...tags];
        if (id !== '') indicator.id = id;
        if (firstSeen !== '') indicator.firstSeen = firstSeen;
        result.add(indicator);
      }
    });
    return result.result();
  },
});
