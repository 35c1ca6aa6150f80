/**
 * Polling a TAXII 2.1 collection (`GET {collection}/objects/`): the first poll reads the whole collection, later ones
 * only what was added since (`added_after`, from the server's `X-TAXII-Date-Added-Last`), following `next` while the
 * envelope says `more`. TAXII hands out additions, not snapshots, so the collection's indicators are kept here (the
 * newest version of each id, by `modified`, which is how a revocation arrives) and handed to the STIX parser whole:
 * the feed's state then sees a complete snapshot like any other feed's. TAXII 2.1 polling cannot see an object
 * deleted from the server; publishers withdraw an indicator by publishing a revoked version, which clears it here.
 */
import { isObject, type FieldRecord } from '../feeds/records.ts';
import type { FetchResult } from '../../collect/fetch.ts';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** Objects asked for per page (servers may send fewer). */
export const TAXII_PAGE_LIMIT = 1_000;
/** Pages read per poll: a server that always says `more` must not keep a refresh going forever. */
export const MAX_TAXII_PAGES = 1_000;
/** Indicators kept per collection: bounds the state a hostile or broken server can make us store. */
export const MAX_TAXII_OBJECTS = 2_000_000;

export interface TaxiiState {
  /** `added_after` for the next poll: the server's X-TAXII-Date-Added-Last of the last page read. */
  addedAfter: string | null;
  /** Indicator objects by id, newest version only. */
  objects: Record<string, FieldRecord>;
}

export type Get = (url: string, headers: Record<string, string>) => Promise<FetchResult>;

const versionTime = (object: FieldRecord): number => {
  const time = Date.parse(String(object.modified ?? object.created ?? ''));
  return Number.isNaN(time) ? 0 : time;
};

/** The objects endpoint of a collection URL (`…/collections/{id}/`, with or without the final slash). */
export function objectsUrl(collectionUrl: string): URL {
  const base = new URL(collectionUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base.pathname.endsWith('/objects/') ? base : new URL('objects/', base);
}

export type PollOutcome = { ok: true; state: TaxiiState; pages: number; received: number } | { ok: false; error: string };

export async function pollTaxii(collectionUrl: string, previous: TaxiiState | undefined, get: Get): Promise<PollOutcome> {
  const objects: Record<string, FieldRecord> = { ...(previous?.objects ?? {}) };
  let count = Object.keys(objects).length;
  let addedAfter = previous?.addedAfter ?? null;
  let next: string | null = null;
  let pages = 0;
  let received = 0;
  for (; pages < MAX_TAXII_PAGES; pages++) {
    const url = objectsUrl(collectionUrl);
    if (previous?.addedAfter) url.searchParams.set('added_after', previous.addedAfter);
    url.searchParams.set('limit', String(TAXII_PAGE_LIMIT));
    if (next !== null) url.searchParams.set('next', next);
    const fetched = await get(url.href, { accept: TAXII_MEDIA_TYPE });
    if (!fetched.ok) return { ok: false, error: fetched.message };
    let envelope: unknown;
    try {
      envelope = fetched.body.length === 0 ? {} : JSON.parse(fetched.body.toString('utf8'));
    } catch {
      return { ok: false, error: `page ${pages + 1} of the TAXII collection is not JSON` };
    }
    if (!isObject(envelope) || (envelope.objects !== undefined && !Array.isArray(envelope.objects))) {
      return { ok: false, error: `page ${pages + 1} of the TAXII collection is not a TAXII envelope` };
    }
    for (const object of (envelope.objects as unknown[] | undefined) ?? []) {
      received++;
      // only indicators become feed entries; the rest (identities, malware, relationships) need not be kept
      if (!isObject(object) || object.type !== 'indicator' || typeof object.id !== 'string') continue;
      const held = objects[object.id];
      if (held !== undefined && versionTime(held) > versionTime(object)) continue;
      if (held === undefined && ++count > MAX_TAXII_OBJECTS) return { ok: false, error: `the TAXII collection holds more than ${MAX_TAXII_OBJECTS} indicators` };
      objects[object.id] = object;
    }
    const addedLast = fetched.headers['x-taxii-date-added-last'];
    if (addedLast !== undefined && !Number.isNaN(Date.parse(addedLast))) addedAfter = addedLast;
    if (envelope.more !== true) return { ok: true, state: { addedAfter, objects }, pages: pages + 1, received };
    if (typeof envelope.next !== 'string' || envelope.next === '') {
      return { ok: false, error: `page ${pages + 1} of the TAXII collection says "more" but gives no "next"` };
    }
    next = envelope.next;
  }
  return { ok: false, error: `the TAXII collection was still sending pages after ${MAX_TAXII_PAGES}` };
}

/** The kept indicators as one STIX bundle, for the STIX parser. */
export function bundleOf(state: TaxiiState): string {
  return JSON.stringify({ type: 'bundle', objects: Object.values(state.objects) });
}
