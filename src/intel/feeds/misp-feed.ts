/**
 * A whole MISP feed: `url` or `path` is the feed directory, whose `manifest.json` lists the events; each event file
 * is read as the `misp` format reads one (src/intel/sources/misp-feed.ts fetches only the events that changed).
 */
import { defineFeedFormat } from './feed.ts';
import misp from './misp.ts';

export default defineFeedFormat({
  meta: { id: 'misp-feed', description: 'MISP feed directory (manifest.json and event files)', defaultCategories: misp.meta.defaultCategories, collect: 'misp-feed' },
  parse: (text) => misp.parse(text),
});
