import type { Category } from '../categories.ts';
import { defineFeedFormat } from './feed.ts';
import { parseUrlLines } from './url-list.ts';

/** Every URL in the OpenPhish feed is a phishing page: that is the feed's only subject, there is no per-line field. */
const OPENPHISH_CATEGORIES: readonly Category[] = ['Phishing'];

/**
 * The OpenPhish community feed (`feed.txt`): one phishing URL per line and nothing else. Blank lines and `#`
 * comments are tolerated so that a mirrored or annotated copy parses too.
 */
export default defineFeedFormat({
  meta: { id: 'openphish', description: 'OpenPhish community feed, one phishing URL per line', defaultCategories: ['Phishing'] },
  parse(text) {
    return parseUrlLines(text, OPENPHISH_CATEGORIES);
  },
});
