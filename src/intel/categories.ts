/**
 * The eight threat categories, spelled exactly as the API and `check --json` print them (Cloudflare Page Shield's
 * names, so that users can move their tooling). An indicator can carry several.
 */
export const CATEGORIES = [
  'Security threats',
  'Command and Control & Botnet',
  'Cryptomining',
  'Spyware',
  'Phishing',
  'Malware',
  'DGA domain',
  'Typosquatting & Impersonation',
] as const;

export type Category = (typeof CATEGORIES)[number];

const KNOWN: ReadonlySet<string> = new Set(CATEGORIES);

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && KNOWN.has(value);
}

/** Categories in the canonical order, each once. */
export function sortCategories(categories: Iterable<Category>): Category[] {
  const present = new Set(categories);
  return CATEGORIES.filter((category) => present.has(category));
}
