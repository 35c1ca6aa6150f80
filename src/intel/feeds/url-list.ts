import type { Category } from '../categories.ts';
import { defineFeedFormat, ResultBuilder, type ParseResult } from './feed.ts';
import { isHttpUrl, numberedLines } from './syntax.ts';

/**
 * Lines of a plain URL list as URL indicators, each with the given categories. Shared with the OpenPhish format,
 * which is the same text with a category implied by the feed.
 *
 * A line must be exactly one absolute http(s) URL: whitespace inside it means the line is something else (a log
 * line, an HTML page served instead of the list, a defanged `hxxp://` copy), and indexing part of it would give an
 * indicator that never matches. A `#` preceded by whitespace starts a trailing comment; a `#` inside a URL is its
 * fragment and stays.
 */
export function parseUrlLines(text: string, categories: readonly Category[]): ParseResult {
  const result = new ResultBuilder();
  for (const [line, raw] of numberedLines(text)) {
    const entry = raw.replace(/\s+#.*$/, '').trim();
    if (entry === '' || entry.startsWith('#')) continue;
    if (!/\s/.test(entry) && isHttpUrl(entry)) result.add({ kind: 'url', value: entry, categories: [...categories] });
    else result.bad(line, raw, 'not an absolute http(s) URL');
  }
  return result.result();
}

/** A plain list of URLs, one per line, `#` comments. The list itself says nothing about categories. */
export default defineFeedFormat({
  meta: { id: 'url-list', description: 'plain URL list, one per line', defaultCategories: ['Malware'] },
  parse(text) {
    return parseUrlLines(text, []);
  },
});
