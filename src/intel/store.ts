/**
 * Feed states and the index on disk, under the state directory: `feeds/<id>.json` per feed and `index.json`. Every
 * file is written to a temporary name and renamed, so a crash mid-write leaves the previous version, never half a
 * file. An index of another version (or damaged) is rebuilt from the feed states.
 */
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ThreatIndex, type Assertion } from './index/threat-index.ts';
import { emptyFeedState, type FeedState } from './refresh.ts';
import { activeAssertions, canonicalIndicator } from './state.ts';

async function writeAtomically(path: string, text: string): Promise<void> {
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

/** The user's allow-list as allow rules of the index (domains cover their subdomains). */
export function allowAssertions(allowList: readonly string[]): Assertion[] {
  return allowList.map((item) => {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(item) || item.includes('/');
    return url
      ? { feed: 'allow-list', kind: 'url' as const, indicator: item, categories: [], allow: true }
      : { feed: 'allow-list', kind: 'domain' as const, indicator: item, subdomains: true, categories: [], allow: true };
  });
}

/** Canonical forms of the allow-list, as feed state records them (`allow-listed`). */
export function allowSet(allowList: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const item of allowList) {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(item) || item.includes('/');
    const canonical = canonicalIndicator(url ? 'url' : 'domain', item);
    if (canonical !== null) set.add(canonical);
  }
  return set;
}

export function buildIndex(states: Iterable<FeedState>, allowList: readonly string[]): ThreatIndex {
  const assertions: Assertion[] = [...allowAssertions(allowList)];
  for (const state of states) for (const assertion of activeAssertions(state.records)) assertions.push(assertion);
  return ThreatIndex.build(assertions).index;
}

/** The allow-list an index was built with: an index built before the user changed it is rebuilt, not trusted. */
const fingerprint = (allowList: readonly string[]): string => JSON.stringify([...allowList].sort());

export async function writeIndex(stateDir: string, index: ThreatIndex, allowList: readonly string[]): Promise<void> {
  await mkdir(stateDir, { recursive: true });
  await writeAtomically(join(stateDir, 'index.json'), index.serialize());
  await writeAtomically(join(stateDir, 'index-allow-list.json'), fingerprint(allowList));
}

/** The stored index, or one rebuilt from the feed states when it is missing, of another version or damaged. */
export async function loadIndex(stateDir: string, allowList: readonly string[]): Promise<{ index: ThreatIndex; feeds: number }> {
  const states = await readFeedStates(stateDir);
  try {
    if ((await readFile(join(stateDir, 'index-allow-list.json'), 'utf8')) === fingerprint(allowList)) {
      const stored = ThreatIndex.deserialize(await readFile(join(stateDir, 'index.json'), 'utf8'));
      if (stored) return { index: stored, feeds: states.size };
    }
  } catch {
    // missing: rebuilt below
  }
  const index = buildIndex(states.values(), allowList);
  if (states.size > 0) await writeIndex(stateDir, index, allowList);
  return { index, feeds: states.size };
}
