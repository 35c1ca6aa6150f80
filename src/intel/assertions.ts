/**
 * From a parsed feed to what the index holds: each indicator gets its categories (the record's own, else the feed's
 * configured ones, else the format's defaults) plus `Security threats`, which every match also is unless the feed's
 * configuration says otherwise. Pure.
 */
import type { Category } from './categories.ts';
import type { FeedFormat, Indicator } from './feeds/feed.ts';
import type { Assertion } from './index/threat-index.ts';

export interface FeedSettings {
  id: string;
  /** Replaces the format's default categories (for records that say nothing themselves). */
  categories?: Category[];
  /** False for a feed whose entries should not also count as `Security threats` (default true). */
  securityThreats?: boolean;
}

export function assertionOf(indicator: Indicator, feed: FeedSettings, format: FeedFormat): Assertion {
  const own = indicator.categories.length > 0 ? indicator.categories : (feed.categories ?? format.meta.defaultCategories);
  const categories = new Set<Category>(own);
  if (feed.securityThreats !== false && !indicator.exception) categories.add('Security threats');
  return {
    feed: feed.id,
    kind: indicator.kind,
    indicator: indicator.value,
    categories: [...categories],
    ...(indicator.subdomains !== undefined ? { subdomains: indicator.subdomains } : {}),
    ...(indicator.exception ? { allow: true } : {}),
  };
}
