/** `skimguard sites add|list`: manage sites without the API (the service picks changes up within seconds). */
import { parseArgs } from 'node:util';
import { SkimguardError } from '../../errors.ts';
import { hostnamePattern, SITE_ID_PATTERN } from '../../serve/schemas/common.ts';
import type { Site, SiteInput } from '../../store/types.ts';
import { UsageError, type CommandIo } from '../io.ts';
import { openServiceStore, takeServiceOptions } from '../service-options.ts';

export const sitesUsage = `usage: skimguard sites add --id ID --name NAME --host HOST [--host HOST]... [--connection-url-path]
                           [--keep-page-query] [--sampling-rate R] [--config F] [--db URL]
       skimguard sites list [--json] [--config F] [--db URL]

add   registers a site: its id goes into the report URL (/reports/ID) and the API (/api/v1/sites/ID); --host names
      the host names of its pages (*.shop.example for all subdomains); reports from other pages are dropped
list  shows the sites
Then "skimguard header --site ID" prints the header to deploy.`;

const SITE_ID = new RegExp(SITE_ID_PATTERN);
const HOST = new RegExp(hostnamePattern);

function describe(site: Site): string {
  const options = [site.useConnectionUrlPath ? 'connection URLs' : 'connection hosts', site.keepPageQuery ? 'page queries kept' : null, site.samplingRate < 1 ? `sampling ${site.samplingRate}` : null].filter(Boolean);
  return `${site.id.padEnd(16)} ${site.name}  [${site.hostnames.join(', ')}]  (${options.join(', ')})`;
}

export async function sitesCommand(args: string[], io: CommandIo): Promise<number> {
  const { config, rest } = takeServiceOptions(args);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      id: { type: 'string' }, name: { type: 'string' }, host: { type: 'string', multiple: true },
      'connection-url-path': { type: 'boolean', default: false }, 'keep-page-query': { type: 'boolean', default: false },
      'sampling-rate': { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${sitesUsage}\n`);
    return 0;
  }
  const [action] = positionals;
  if (action !== 'add' && action !== 'list') throw new UsageError('sites needs "add" or "list"');
  let input: SiteInput | undefined;
  if (action === 'add') {
    if (!values.id || !SITE_ID.test(values.id)) throw new UsageError('sites add needs --id ID (letters, digits, "-" and "_", at most 64)');
    const hosts = (values.host ?? []).map((host) => host.toLowerCase());
    if (hosts.length === 0) throw new UsageError('sites add needs at least one --host HOST');
    for (const host of hosts) if (!HOST.test(host)) throw new UsageError(`--host ${host} is not a host name (no scheme, port or path)`);
    const rate = values['sampling-rate'] === undefined ? 1 : Number(values['sampling-rate']);
    if (!(rate > 0 && rate <= 1)) throw new UsageError('--sampling-rate must be a number above 0 and at most 1');
    input = { id: values.id, name: values.name ?? values.id, hostnames: [...new Set(hosts)], useConnectionUrlPath: values['connection-url-path'], keepPageQuery: values['keep-page-query'], samplingRate: rate };
  }
  const store = await openServiceStore(config);
  try {
    if (input) {
      const site = await store.createSite(input).catch((error: unknown) => {
        if (error instanceof SkimguardError && error.code === 'SG_CONFLICT') throw new UsageError(error.message);
        throw error;
      });
      io.stdout(values.json ? `${JSON.stringify(site)}\n` : `added ${describe(site)}\nreports go to /reports/${site.id}; run "skimguard header --site ${site.id}" for the header to deploy\n`);
      return 0;
    }
    for (const site of await store.listSites()) io.stdout(values.json ? `${JSON.stringify(site)}\n` : `${describe(site)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
