/**
 * `skimguard header --site ID [--public-url URL] [--format F] [--json]`: print the report-only CSP headers a site
 * deploys, and snippets that add them to the site's sampled share of page views.
 */
import { parseArgs } from 'node:util';
import { deploySnippets, reportOnlyHeaders, type HeaderLine } from '../../collect/header.ts';
import { isSkimguardError } from '../../errors.ts';
import type { Site } from '../../store/types.ts';
import { UsageError, type CommandIo } from '../io.ts';

export const headerUsage = `usage: skimguard header --site ID [--public-url URL] [--format headers|nginx|express|worker|all] [--json]

Prints the Content-Security-Policy-Report-Only and Reporting-Endpoints headers that make visitors' browsers report
every script and connection of the site's pages to POST <public URL>/reports/<site>. Report-only: nothing is ever
blocked. CSP cannot sample by itself: the nginx, Express and Cloudflare Worker snippets add the headers to the
site's sampling rate of page views.
  --site ID          the site
  --public-url URL   the https address at which visitors' browsers reach skimguard (default: public_url in the
                     configuration)
  --format F         headers (default): the two header lines; nginx, express or worker: that snippet;
                     all: the headers and the three snippets
  --json             one object {site, headers, snippets}, with every snippet whatever --format says
Exit code: 0 printed, 2 usage error or unknown site.`;

const FORMATS = ['headers', 'nginx', 'express', 'worker', 'all'] as const;
type Format = (typeof FORMATS)[number];

export interface HeaderDeps {
  getSite(id: string): Promise<Site | undefined>;
  /** `public_url` from the configuration, if set. */
  publicUrl: string | undefined;
}

function headerLines(headers: HeaderLine[]): string {
  return headers.map((header) => `${header.name}: ${header.value}\n`).join('');
}

export async function headerCommand(args: string[], io: CommandIo, deps: HeaderDeps): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      site: { type: 'string' },
      'public-url': { type: 'string' },
      format: { type: 'string', default: 'headers' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${headerUsage}\n`);
    return 0;
  }
  const siteId = values.site;
  if (siteId === undefined || siteId === '') throw new UsageError('header needs --site ID');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const fromFlag = values['public-url'];
  const publicUrl = fromFlag ?? deps.publicUrl;
  if (publicUrl === undefined || publicUrl === '') {
    throw new UsageError('header needs the public URL at which browsers reach skimguard: pass --public-url URL or set public_url in the configuration');
  }
  const where = fromFlag !== undefined ? '--public-url' : 'public_url in the configuration';

  // Checks the id and the URL before the store is asked anything.
  let headers: HeaderLine[];
  try {
    headers = reportOnlyHeaders({ id: siteId }, publicUrl);
  } catch (error) {
    if (isSkimguardError(error) && error.code === 'SG_USAGE') throw new UsageError(`${error.message} (${where})`);
    throw error;
  }
  const site = await deps.getSite(siteId);
  if (!site) {
    io.stderr(`skimguard: unknown site "${siteId}"\n`);
    return 2;
  }
  const snippets = deploySnippets(site, publicUrl);

  if (values.json) {
    io.stdout(`${JSON.stringify({
      site: site.id,
      headers,
      snippets: { nginx: snippets.nginx, express: snippets.express, worker: snippets.cloudflareWorker },
    })}\n`);
    return 0;
  }
  const sections: [Format, string, string][] = [
    ['headers', 'Headers', headerLines(headers)],
    ['nginx', 'nginx', snippets.nginx],
    ['express', 'Express', snippets.express],
    ['worker', 'Cloudflare Worker', snippets.cloudflareWorker],
  ];
  if (format === 'all') {
    io.stdout(sections.map(([, title, text]) => `=== ${title} ===\n${text}`).join('\n'));
  } else {
    io.stdout(sections.find(([name]) => name === format)?.[2] ?? '');
  }
  if (format === 'headers' && site.samplingRate < 1) {
    io.stderr(`skimguard: site "${site.id}" samples ${String(Math.round(site.samplingRate * 1e6) / 1e4)}% of page views: add the headers to that share of responses (--format nginx, express or worker shows how)\n`);
  }
  return 0;
}
