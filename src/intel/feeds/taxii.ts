/**
 * A TAXII 2.1 collection of STIX indicators: `url` is the collection (`…/collections/{id}/`), polled for what was
 * added since the last poll (src/intel/sources/taxii.ts); the objects it holds are read as the `stix` format reads a
 * bundle, with the same patterns, revocation and validity.
 */
import { defineFeedFormat } from './feed.ts';
import stix from './stix.ts';

export default defineFeedFormat({
  meta: { id: 'taxii', description: 'TAXII 2.1 collection of STIX indicators (polled)', defaultCategories: stix.meta.defaultCategories, collect: 'taxii' },
  parse: (text) => stix.parse(text),
});
