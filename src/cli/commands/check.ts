/** `skimguard check <url|domain|->... [--json] [--config F]`: the threat-intel verdict for URLs and domains. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import type { CheckResult } from '../../intel/index/threat-index.ts';
import { loadIndex } from '../../intel/store.ts';
import { withLocalSignals } from '../../intel/local-signals.ts';
import { defaultDgaModel } from '../../intel/dga/default-model.ts';
import { UsageError, type CommandIo } from '../io.ts';

export const checkUsage = `usage: skimguard check <url|domain|->... [--json] [--config F] [--feeds-only]

Checks URLs and domains against the threat feeds last fetched by "skimguard feeds update", and (unless
--feeds-only) for look-alikes of common script hosts or of the configured own_domains, and for machine-generated
(DGA) names. "-" reads one target per line from standard input, streaming (a million lines can be piped through).
Exit code: 0 nothing reported, 1 something reported, 2 usage or configuration error.`;

function human(result: CheckResult): string {
  const reported = result.url_reported_malicious || result.domain_reported_malicious;
  if (!reported) return `ok         ${result.input}`;
  const lines = [`REPORTED   ${result.input}`];
  if (result.url_reported_malicious) lines.push(`  url: ${result.malicious_url_categories.join(', ')}`);
  if (result.domain_reported_malicious) lines.push(`  domain: ${result.malicious_domain_categories.join(', ')}`);
  for (const match of result.matches.slice(0, 5)) lines.push(`  ${match.feed}: ${match.kind} ${match.indicator}`);
  return lines.join('\n');
}

export async function checkCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      'feeds-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${checkUsage}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('check needs at least one URL or domain, or "-" to read them from standard input');
  const config = loadConfig(values.config);
  const { index, feeds } = await loadIndex(config.stateDir, config.allowList, new Set(config.feeds.map((feed) => feed.id)));
  if (feeds === 0) io.stderr(`skimguard: no feed has been fetched yet (state directory ${config.stateDir}); run "skimguard feeds update" first\n`);
  let reported = false;
  const one = (target: string): void => {
    if (target.trim() === '') return;
    const fromFeeds = index.check(target);
    const result = values['feeds-only'] ? fromFeeds : withLocalSignals(fromFeeds, { dgaModel: defaultDgaModel, ownDomains: config.ownDomains });
    if (result.url_reported_malicious || result.domain_reported_malicious) reported = true;
    io.stdout(`${values.json ? JSON.stringify(result) : human(result)}\n`);
  };
  for (const target of positionals) {
    if (target !== '-') {
      one(target);
      continue;
    }
    if (!io.stdinLines) throw new UsageError('standard input is not available');
    for await (const line of io.stdinLines()) one(line);
  }
  return reported ? 1 : 0;
}
