/**
 * Walking a MISP feed: a directory (served over HTTP, or on disk) with `manifest.json` naming every event by uuid
 * with its timestamp, and one `<uuid>.json` file per event. An event is downloaded again only when its timestamp
 * changed; an event gone from the manifest is dropped, and with it its indicators. Each event is parsed on its own
 * and the parses are kept, so a refresh costs one download per changed event, and the feed's snapshot is the union
 * of the events the manifest lists.
 */
import type { BadRecord, Indicator, ParseResult } from '../feeds/feed.ts';
import { MAX_BAD_EXAMPLES } from '../feeds/feed.ts';
import { isObject } from '../feeds/records.ts';

/** Events downloaded per refresh: a large feed is taken in over several refreshes instead of in one long one. */
export const MAX_MISP_EVENTS_PER_REFRESH = 2_000;
/** Events a manifest may list: bounds the state a hostile or broken server can make us keep. */
export const MAX_MISP_EVENTS = 200_000;
/** Event ids are uuids: anything else in a manifest could name a path outside the feed (`../`). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MispEventState {
  timestamp: string;
  indicators: Indicator[];
  badCount: number;
  bad: BadRecord[];
}

export interface MispFeedState {
  events: Record<string, MispEventState>;
}

/** Reads a file of the feed by name (`manifest.json`, `<uuid>.json`); throws with a sentence when it cannot. */
export type ReadFeedFile = (name: string) => Promise<Buffer>;

export type WalkOutcome =
  | { ok: true; state: MispFeedState; parsed: ParseResult; fetched: number; pending: number; failed: string[] }
  | { ok: false; error: string };

export async function walkMispFeed(previous: MispFeedState | undefined, read: ReadFeedFile, parseEvent: (text: string) => ParseResult): Promise<WalkOutcome> {
  let manifest: unknown;
  try {
    manifest = JSON.parse((await read('manifest.json')).toString('utf8'));
  } catch (error) {
    return { ok: false, error: `the MISP feed's manifest.json could not be read: ${(error as Error).message}` };
  }
  if (!isObject(manifest)) return { ok: false, error: "the MISP feed's manifest.json is not an object of events" };
  const listed = Object.entries(manifest).filter(([uuid]) => UUID.test(uuid));
  if (listed.length > MAX_MISP_EVENTS) return { ok: false, error: `the MISP feed lists more than ${MAX_MISP_EVENTS} events` };
  const events: Record<string, MispEventState> = {};
  const failed: string[] = [];
  let fetched = 0;
  let pending = 0;
  for (const [uuid, entry] of listed) {
    const timestamp = String(isObject(entry) ? (entry.timestamp ?? '') : '');
    const held = previous?.events[uuid];
    if (held !== undefined && held.timestamp === timestamp) {
      events[uuid] = held;
      continue;
    }
    if (fetched >= MAX_MISP_EVENTS_PER_REFRESH) {
      // the rest next time; an older version of the event stays in force until then
      if (held !== undefined) events[uuid] = held;
      pending++;
      continue;
    }
    fetched++;
    try {
      const parsed = parseEvent((await read(`${uuid}.json`)).toString('utf8'));
      const bad = parsed.bad.map((record) => ({ ...record, reason: `${record.reason} (event ${uuid})` }));
      events[uuid] = { timestamp, indicators: parsed.indicators, badCount: parsed.badCount, bad };
    } catch (error) {
      failed.push(`${uuid}: ${(error as Error).message}`);
      if (held !== undefined) events[uuid] = held;
    }
  }
  const parsed: ParseResult = { indicators: [], badCount: 0, bad: [] };
  for (const event of Object.values(events)) {
    for (const indicator of event.indicators) parsed.indicators.push(indicator);
    parsed.badCount += event.badCount;
    for (const bad of event.bad) if (parsed.bad.length < MAX_BAD_EXAMPLES) parsed.bad.push(bad);
  }
  return { ok: true, state: { events }, parsed, fetched, pending, failed };
}
