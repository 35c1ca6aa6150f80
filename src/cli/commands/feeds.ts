/** `skimguard feeds update|list [--config F] [--force]`: refresh the configured threat feeds, or show their state. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { isDue, refreshFeed, type FeedState } from '../../intel/refresh.ts';
import { allowSet, buildIndex, readFeedStates, writeFeedState, writeIndex } from '../../intel/store.ts';
import { UsageError, type CommandIo } from '../io.ts';

export const feedsUsage = `usage: skimguard feeds update [--config F] [--force] [--json]
       skimguard feeds list [--config F] [--json]

update  fetches every configured feed whose refresh interval has passed (all of them with --force), applies the
        new snapshot (a feed that fails or parses to garbage keeps its last good one) and rebuilds the index
list    shows each feed's active entries, last refresh, bad records and last change
Exit code: 0 done, 1 some feed failed (its previous snapshot kept), 2 usage or configuration error.`;

function summary(state: FeedState | undefined, id: string): Record<string, unknown> {
  return {
    id,
    active: state?.records.filter((record) => record.status === 'active').length ?? 0,
    last_refresh: state?.lastRefresh ?? null,
    last_error: state?.lastError ?? null,
    bad_records: state?.badCount ?? 0,
    bad_examples: state?.badExamples ?? [],
    last_delta: state?.lastDelta ?? null,
    notice: state?.lastNotice ?? null,
  };
}

function human(line: Record<string, unknown>): string {
  const delta = line.last_delta as FeedState['lastDelta'];
  const change = delta ? ` (last change ${delta.at}: +${delta.added} -${delta.removed} ~${delta.changed})` : '';
  const parts = [`${String(line.id).padEnd(20)} ${String(line.active).padStart(8)} active, refreshed ${line.last_refresh ?? 'never'}${change}`];
  if (line.bad_records) parts.push(`  ${String(line.bad_records)} bad records, e.g. ${(line.bad_examples as { line: number; reason: string; text: string }[]).slice(0, 2).map((bad) => `line ${bad.line}: ${bad.reason} (${JSON.stringify(bad.text.slice(0, 60))})`).join('; ')}`);
  if (line.notice) parts.push(`  ${String(line.notice)}`);
  if (line.last_error) parts.push(`  kept the previous snapshot: ${String(line.last_error)}`);
  return parts.join('\n');
}

export async function feedsCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${feedsUsage}\n`);
    return 0;
  }
  const [action] = positionals;
  if (action !== 'update' && action !== 'list') throw new UsageError('feeds needs "update" or "list"');
  const config = loadConfig(values.config);
  const states = await readFeedStates(config.stateDir);
  const print = (line: Record<string, unknown>): void => io.stdout(`${values.json ? JSON.stringify(line) : human(line)}\n`);
  if (action === 'list') {
    for (const feed of config.feeds) print(summary(states.get(feed.id), feed.id));
    return 0;
  }
  const now = new Date();
  const allowList = allowSet(config.allowList);
  let failed = false;
  for (const feed of config.feeds) {
    const previous = states.get(feed.id);
    if (!values.force && !isDue(feed, previous, now)) {
      print({ ...summary(previous, feed.id), skipped: 'not due' });
      continue;
    }
    if (io.isTty && !values.json) io.progress(`updating ${feed.id}…`);
    const outcome = await refreshFeed(feed, previous, { now, allowList });
    states.set(feed.id, outcome.state);
    await writeFeedState(config.stateDir, outcome.state);
    if (outcome.state.lastError) failed = true;
    print(summary(outcome.state, feed.id));
  }
  const feedIds = new Set(config.feeds.map((feed) => feed.id));
  await writeIndex(config.stateDir, buildIndex(states.values(), config.allowList, feedIds), config.allowList, feedIds);
  if (io.isTty && !values.json) io.progress('');
  return failed ? 1 : 0;
}
