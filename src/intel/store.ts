/**
 * Feed states and the index on disk, under the state directory: `feeds/<id>.json` per feed and `index.bin`. Every
 * file is written to a temporary name and renamed, so a crash mid-write leaves the previous version, never half a
 * file. An index of another version (or damaged) is rebuilt from the feed states.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ThreatIndex, type Assertion } from './index/threat-index.ts';
import { emptyFeedState, type FeedState } from './refresh.ts';
import { activeAssertions, canonicalIndicator } from './state.ts';
import { looksLikeUrl } from './canonicalize.ts';

async function writeAtomically(path: string, text: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

export async function readFeedStates(stateDir: string): Promise<Map<string, FeedState>> {
  const states = new Map<string, FeedState>();
  let files: string[];
  try {
    files = await readdir(join(stateDir, 'feeds'));
  } catch {
    return states;
  }
  for (const file of files.filter((name) => name.endsWith('.json'))) {
    try {
      const state = JSON.parse(await readFile(join(stateDir, 'feeds', file), 'utf8')) as FeedState;
      if (typeof state?.id === 'string' && Array.isArray(state.records)) states.set(state.id, { ...emptyFeedState(state.id), ...state });
    } catch {
      // a damaged state file is skipped: the feed's next refresh starts it again
    }
  }
  return states;
}

export async function writeFeedState(stateDir: string, state: FeedState): Promise<void> {
  await mkdir(join(stateDir, 'feeds'), { recursive: true });
  await writeAtomically(join(stateDir, 'feeds', `${state.id}.json`), JSON.stringify(state));
}

/** What an allow-list item is: a URL (allowed as a URL and what is under it) or a domain (with its subdomains). */
function allowKind(item: string): 'url' | 'domain' {
  return looksLikeUrl(item) ? 'url' : 'domain';
}

/** The user's allow-list as allow rules of the index (domains cover their subdomains). */
export function allowAssertions(allowList: readonly string[]): Assertion[] {
  return allowList.map((item) => (allowKind(item) === 'url'
    ? { feed: 'allow-list', kind: 'url' as const, indicator: item, categories: [], allow: true }
    : { feed: 'allow-list', kind: 'domain' as const, indicator: item, subdomains: true, categories: [], allow: true }));
}

/** Canonical forms of the allow-list, as feed state records them (`allow-listed`). */
export function allowSet(allowList: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const item of allowList) {
    const canonical = canonicalIndicator(allowKind(item), item);
    if (canonical !== null) set.add(canonical);
  }
  return set;
}

/** The index of the configured feeds' active records and the allow-list; a feed dropped from the configuration no longer counts. */
export function buildIndex(states: Iterable<FeedState>, allowList: readonly string[], feedIds: ReadonlySet<string>): ThreatIndex {
  const assertions: Assertion[] = [...allowAssertions(allowList)];
  for (const state of states) {
    if (!feedIds.has(state.id)) continue;
    for (const assertion of activeAssertions(state.records)) assertions.push(assertion);
  }
  return ThreatIndex.build(assertions).index;
}

/**
 * What an index was built from besides the feed states: the allow-list and the configured feeds. An index built
 * before the user changed either is rebuilt, not trusted.
 */
const fingerprint = (allowList: readonly string[], feedIds: ReadonlySet<string>): string => JSON.stringify({ allow: [...allowList].sort(), feeds: [...feedIds].sort() });

export async function writeIndex(stateDir: string, index: ThreatIndex, allowList: readonly string[], feedIds: ReadonlySet<string>): Promise<void> {
  await mkdir(stateDir, { recursive: true });
  await writeAtomically(join(stateDir, 'index.bin'), index.serialize());
  // the JSON index of earlier versions is never read again
  await rm(join(stateDir, 'index.json'), { force: true });
  await writeAtomically(join(stateDir, 'index-built-from.json'), fingerprint(allowList, feedIds));
}

/** How many of the configured feeds have been fetched at least once (their state file exists). */
async function fetchedFeeds(stateDir: string, feedIds: ReadonlySet<string>): Promise<number> {
  try {
    return (await readdir(join(stateDir, 'feeds'))).filter((file) => feedIds.has(file.replace(/\.json$/, ''))).length;
  } catch {
    return 0;
  }
}

/**
 * The stored index, or one rebuilt from the feed states when it is missing, of another version, damaged, or built
 * from another allow-list or feed list. The feed states (large) are read only for a rebuild.
 */
export async function loadIndex(stateDir: string, allowList: readonly string[], feedIds: ReadonlySet<string>): Promise<{ index: ThreatIndex; feeds: number }> {
  const feeds = await fetchedFeeds(stateDir, feedIds);
  try {
    if ((await readFile(join(stateDir, 'index-built-from.json'), 'utf8')) === fingerprint(allowList, feedIds)) {
      const stored = ThreatIndex.deserialize(await readFile(join(stateDir, 'index.bin')));
      if (stored) return { index: stored, feeds };
    }
  } catch {
    // missing: rebuilt below
  }
  const states = await readFeedStates(stateDir);
  const index = buildIndex(states.values(), allowList, feedIds);
  if (states.size > 0) await writeIndex(stateDir, index, allowList, feedIds);
  return { index, feeds };
}
