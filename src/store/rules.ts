/**
 * The inventory's rules, as numbers: when a resource counts as seen for real, when it goes quiet, when it is
 * forgotten. The store applies them in its status job; they live here so that the API docs and tests read the same.
 */
import { createHash } from 'node:crypto';
import type { ResourceKind } from './types.ts';

/** Reports below which a resource stays `infrequent`: one visitor's odd browser or extension is not the site. */
export const INFREQUENT_REPORTS = 3;
/** An infrequent resource with no report for this long is deleted: it was noise. */
export const INFREQUENT_DELETE_AFTER_DAYS = 5;
/** An active resource with no report for this long becomes `inactive`. */
export const INACTIVE_AFTER_DAYS = 7;
/** An inactive resource with no report for this long is deleted. */
export const INACTIVE_DELETE_AFTER_DAYS = 30;
/** Pages kept per resource: enough to find where a script runs, bounded so a script on every page costs ten rows. */
export const PAGE_URLS_KEPT = 10;

const DAY_MS = 86_400_000;

export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/**
 * Ids are derived from what they name (32 hex digits, like Page Shield's), so every worker and every replay of the
 * journal agrees on them without asking the database, and a connection can name its initiating script's id from the
 * script's URL alone.
 */
export function resourceId(siteId: string, kind: ResourceKind, resource: string): string {
  return createHash('sha256').update(`${siteId}\0${kind}\0${resource}`).digest('hex').slice(0, 32);
}
