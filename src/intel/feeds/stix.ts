import type { Category } from '../categories.ts';
import { sortCategories } from '../categories.ts';
import { fieldList, isObject, readJson, recordText, unique } from './records.ts';
import type { FieldRecord } from './records.ts';
import type { Indicator, IndicatorKind } from './feed.ts';
import { defineFeedFormat, ResultBuilder } from './feed.ts';
import { hostName, ipAddress, isHttpUrl } from './syntax.ts';

/**
 * STIX 2.x bundles (`{"type": "bundle", "objects": […]}`, or a TAXII 2.1 envelope, which has the same `objects`).
 * Only `indicator` objects with a STIX pattern are read; identities, malware, relationships and indicators in other
 * pattern languages (YARA, Snort, Sigma) are not network indicators and are passed over. A pattern becomes
 * indicators only when it is a plain list of alternatives: equality comparisons on `url:value`, `domain-name:value`,
 * `ipv4-addr:value` or `ipv6-addr:value`, joined by OR (between or inside brackets, with optional parentheses).
 * Anything else (AND, FOLLOWEDBY, other properties, LIKE/MATCHES/IN…, qualifiers) cannot be one lookup per value, so
 * the indicator is counted as bad with the construct named. Bad-record positions are 1-based indexes in `objects`.
 */

/** The STIX object properties an indicator can be made of, and what they become. */
const PROPERTIES: Readonly<Record<string, IndicatorKind>> = {
  'url:value': 'url',
  'domain-name:value': 'domain',
  'ipv4-addr:value': 'ip',
  'ipv6-addr:value': 'ip',
};

interface Comparison {
  property: string;
  value: string;
}

type Token =
  | { type: 'punct'; text: '[' | ']' | '(' | ')' | ','; at: number }
  | { type: 'string'; text: string; at: number }
  | { type: 'word'; text: string; at: number };

/** A pattern this parser will not turn into indicators; `message` is the reason reported. */
class PatternError extends Error {}

const PATH = /[A-Za-z0-9_-]+:[A-Za-z0-9_.-]*(?:(?:'(?:[^'\\]|\\.)*'|\[(?:\d+|\*)\])[A-Za-z0-9_.-]*)*/y;
/** Keywords, operators, and the other literal kinds (numbers, `t'…'` timestamps, `h'…'`/`b'…'` binaries). */
const WORD = /[thb]'[^']*'|!=|<=|>=|[=<>]|[A-Za-z0-9_.+-]+/y;

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < pattern.length) {
    const char = pattern[at] as string;
    if (/\s/.test(char)) {
      at++;
    } else if (char === '[' || char === ']' || char === '(' || char === ')' || char === ',') {
      // The comma only separates the members of an IN set, which is refused by the parser with its name.
      tokens.push({ type: 'punct', text: char, at });
      at++;
    } else if (char === "'") {
      // STIX string literals escape only `\'` and `\\`.
      let value = '';
      let end = at + 1;
      for (;;) {
        const next = pattern[end];
        if (next === undefined) throw new PatternError(`malformed pattern: unterminated string at offset ${at}`);
        if (next === "'") break;
        if (next === '\\') {
          const escaped = pattern[end + 1];
          if (escaped !== "'" && escaped !== '\\') throw new PatternError(`malformed pattern: invalid escape at offset ${end}`);
          value += escaped;
          end += 2;
        } else {
          value += next;
          end++;
        }
      }
      tokens.push({ type: 'string', text: value, at });
      at = end + 1;
    } else {
      PATH.lastIndex = at;
      WORD.lastIndex = at;
      const match = PATH.exec(pattern) ?? WORD.exec(pattern);
      if (!match) throw new PatternError(`malformed pattern: unexpected ${JSON.stringify(char)} at offset ${at}`);
      tokens.push({ type: 'word', text: match[0], at });
      at += match[0].length;
    }
  }
  return tokens;
}

const QUALIFIERS = new Set(['WITHIN', 'REPEATS', 'START', 'STOP']);

/**
 * Recursive descent over the OR-only subset of the STIX patterning grammar:
 *   observations := observation (OR observation)*
 *   observation  := '[' comparisons ']' | '(' observations ')'
 *   comparisons  := comparison (OR comparison)*
 *   comparison   := path '=' string | '(' comparisons ')'
 */
function comparisons(pattern: string): Comparison[] {
  const tokens = tokenize(pattern);
  let next = 0;
  const peek = (): Token | undefined => tokens[next];
  const where = (): string => {
    const token = peek();
    return token ? `${JSON.stringify(token.text)} at offset ${token.at}` : 'end of pattern';
  };
  const expect = (text: string): void => {
    if (peek()?.text !== text) throw new PatternError(`malformed pattern: expected '${text}', found ${where()}`);
    next++;
  };
  const keyword = (): string | undefined => {
    const token = peek();
    return token?.type === 'word' ? token.text.toUpperCase() : undefined;
  };
  /** Consumes an OR between alternatives; stops at anything else, rejecting the joins that are not alternatives. */
  const alternative = (): boolean => {
    const word = keyword();
    if (word === 'AND' || word === 'FOLLOWEDBY') throw new PatternError(`unsupported pattern: ${word} (only OR alternatives)`);
    if (word !== 'OR') return false;
    next++;
    return true;
  };
  const comparison = (found: Comparison[]): void => {
    if (peek()?.text === '(') {
      next++;
      comparisonList(found);
      expect(')');
      return;
    }
    const path = peek();
    if (path?.type !== 'word' || !path.text.includes(':')) {
      const word = keyword();
      if (word === 'NOT' || word === 'EXISTS') throw new PatternError(`unsupported pattern: ${word}`);
      throw new PatternError(`malformed pattern: expected an object path, found ${where()}`);
    }
    next++;
    if (!(path.text in PROPERTIES)) throw new PatternError(`unsupported pattern: property ${path.text}`);
    const operator = peek();
    if (operator?.text !== '=') {
      if (operator?.type === 'word') throw new PatternError(`unsupported pattern: operator ${operator.text}`);
      throw new PatternError(`malformed pattern: expected an operator, found ${where()}`);
    }
    next++;
    const value = peek();
    if (value?.type !== 'string') throw new PatternError(`malformed pattern: expected a string, found ${where()}`);
    next++;
    found.push({ property: path.text, value: value.text });
  };
  const comparisonList = (found: Comparison[]): void => {
    do comparison(found);
    while (alternative());
  };
  const observation = (found: Comparison[]): void => {
    const open = peek()?.text;
    if (open === '[') {
      next++;
      comparisonList(found);
      expect(']');
    } else if (open === '(') {
      next++;
      observationList(found);
      expect(')');
    } else {
      throw new PatternError(`malformed pattern: expected '[', found ${where()}`);
    }
    const word = keyword();
    if (word !== undefined && QUALIFIERS.has(word)) throw new PatternError(`unsupported pattern: qualifier ${word}`);
  };
  const observationList = (found: Comparison[]): void => {
    do observation(found);
    while (alternative());
  };
  const found: Comparison[] = [];
  observationList(found);
  if (peek() !== undefined) throw new PatternError(`malformed pattern: unexpected ${where()}`);
  return found;
}

/** A comparison's value as an indicator value, or the reason it is not one. */
function indicatorValue(comparison: Comparison): Pick<Indicator, 'kind' | 'value' | 'subdomains'> | string {
  const kind = PROPERTIES[comparison.property] as IndicatorKind;
  const value = comparison.value.trim();
  if (kind === 'url') return isHttpUrl(value) ? { kind, value } : `not an http(s) URL: ${value}`;
  if (kind === 'domain') {
    const host = hostName(value);
    return host ? { kind, value: host, subdomains: false } : `not a domain name: ${value}`;
  }
  // A single-address CIDR is one address; a wider range is not something one lookup can match.
  const single = value.replace(/\/(?:32|128)$/, '');
  if (single.includes('/')) return `address ranges are not supported: ${value}`;
  const ip = ipAddress(single);
  return ip ? { kind, value: ip } : `not an IP address: ${value}`;
}

/**
 * Categories from `indicator_types` (STIX 2.1's open vocabulary) and `labels` (where STIX 2.0 put the same words, and
 * where many producers put their own). `anomalous-activity`, `attribution`, `benign`, `unknown` say nothing about a
 * category.
 */
function categoriesOf(words: string[]): Category[] {
  const categories: Category[] = [];
  for (const word of words.map((item) => item.toLowerCase())) {
    if (word === 'malicious-activity') categories.push('Malware');
    if (word === 'compromised') categories.push('Security threats');
    if (word.includes('phishing')) categories.push('Phishing');
    if (word.includes('botnet') || /(?:^|[^a-z0-9])c2(?:$|[^a-z0-9])/.test(word) || word.includes('command-and-control')) {
      categories.push('Command and Control & Botnet');
    }
    if (word.includes('cryptomining') || word.includes('miner')) categories.push('Cryptomining');
    if (word.includes('skimmer') || word.includes('spyware')) categories.push('Spyware');
  }
  return sortCategories(categories);
}

/** A STIX timestamp as milliseconds, for comparing versions; a missing or unreadable one is older than any other. */
function versionTime(object: FieldRecord): number {
  const stamp = typeof object.modified === 'string' ? object.modified : object.created;
  const time = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export default defineFeedFormat({
  meta: { id: 'stix', description: 'STIX 2.x bundle of indicators', defaultCategories: ['Security threats'] },
  parse(text) {
    const result = new ResultBuilder();
    const document = readJson(text, result);
    if (document === undefined) return result.result();
    if (!isObject(document) || !Array.isArray(document.objects)) {
      result.bad(1, recordText(document), 'not a STIX bundle (no "objects" array)');
      return result.result();
    }
    const objects: unknown[] = document.objects;
    // A feed that republishes an indicator sends every version under the same id; only the newest one (by
    // `modified`) says what holds now, including a later `revoked`. On a tie the later object wins.
    const newest = new Map<string, number>();
    objects.forEach((object, index) => {
      if (!isObject(object) || object.type !== 'indicator' || typeof object.id !== 'string') return;
      const current = newest.get(object.id);
      if (current === undefined || versionTime(object) >= versionTime(objects[current] as FieldRecord)) newest.set(object.id, index);
    });
    objects.forEach((object, index) => {
      const position = index + 1;
      if (!isObject(object)) return result.bad(position, recordText(object), 'not a STIX object');
      if (object.type !== 'indicator') return;
      if (typeof object.id === 'string' && newest.get(object.id) !== index) return;
      if (object.pattern_type !== undefined && object.pattern_type !== 'stix') return;
      if (typeof object.pattern !== 'string' || object.pattern.trim() === '') {
        return result.bad(position, recordText(object), 'indicator without a pattern');
      }
      let found: Comparison[];
      try {
        found = comparisons(object.pattern);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        return result.bad(position, object.pattern, error.message);
      }
      const values: Pick<Indicator, 'kind' | 'value' | 'subdomains'>[] = [];
      for (const comparison of found) {
        const value = indicatorValue(comparison);
        // One wrong value makes the whole indicator suspect: it is reported, not half indexed.
        if (typeof value === 'string') return result.bad(position, object.pattern, value);
        if (!values.some((seen) => seen.kind === value.kind && seen.value === value.value)) values.push(value);
      }
      const labels = fieldList(object.labels);
      const categories = categoriesOf([...fieldList(object.indicator_types), ...labels]);
      const tags = unique(labels);
      for (const value of values) {
        const indicator: Indicator = { ...value, categories: [...categories] };
        if (tags.length > 0) indicator.tags = [...tags];
        const id = optionalString(object.id);
        if (id !== undefined) indicator.id = id;
        const validFrom = optionalString(object.valid_from);
        if (validFrom !== undefined) indicator.validFrom = validFrom;
        const validUntil = optionalString(object.valid_until);
        if (validUntil !== undefined) indicator.validUntil = validUntil;
        const modified = optionalString(object.modified);
        if (modified !== undefined) indicator.modified = modified;
        if (object.revoked === true) indicator.revoked = true;
        result.add(indicator);
      }
    });
    return result.result();
  },
});
