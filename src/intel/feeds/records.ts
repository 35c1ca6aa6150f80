/**
 * Reading records out of the JSON feeds (abuse.ch, STIX and MISP alike): a document that does not parse is one bad
 * record at the line where the parser gave up, and fields are read as text or lists whatever JSON type the feed
 * used for them.
 */
import type { ResultBuilder } from './feed.ts';

export type FieldRecord = Record<string, unknown>;

export function isObject(value: unknown): value is FieldRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field as trimmed text: strings, and numbers (ThreatFox JSON gives `confidence_level` as one); else ''. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * A list field: URLhaus JSON gives tags as an array (or null), the CSV dumps and ThreatFox JSON as one comma-separated
 * string. Empty items are dropped.
 */
export function fieldList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(fieldText) : fieldText(value).split(',').map((item) => item.trim());
  return items.filter((item) => item !== '');
}

/** Each item once, in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * Where V8's JSON.parse message says the document broke: `(line 3 column 5)` for most errors; the end for a
 * truncated download; for an unexpected token, the place of the up to 10 characters either side of it that the
 * message quotes (`Unexpected token ',', ..."id": [,\n  "... is not valid JSON`). Line 1 when it says nothing usable.
 */
function jsonErrorLine(text: string, message: string): number {
  const named = /\(line (\d+) column \d+\)/.exec(message);
  if (named) return Number(named[1]);
  if (message.includes('end of JSON input')) return lineAt(text, text.trimEnd().length);
  const quoted = /^Unexpected token .*?, (\.\.\.)?"([\s\S]+?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  const at = quoted ? text.indexOf(quoted[2] as string) : -1;
  return at === -1 ? 1 : lineAt(text, at + (quoted?.[1] ? 10 : 0));
}

/**
 * Parses a JSON document, or reports it as one bad record and returns undefined (a truncated download, a proxy's
 * HTML error page): the line is where the parser gave up, the text that line.
 */
export function readJson(text: string, result: ResultBuilder): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = jsonErrorLine(text, message);
    result.bad(line, text.split(/\r?\n/)[line - 1] ?? '', `not valid JSON: ${message}`);
    return undefined;
  }
}

/** A record as short text for a bad-record example. */
export function recordText(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
