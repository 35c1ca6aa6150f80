/** The `skimguard` command line. Exit codes follow linters: 0 clean, 1 something malicious, 2 usage/config/I-O error. */
import { checkCommand, checkUsage } from './commands/check.ts';
import { deobfuscateCommand, deobfuscateUsage } from './commands/deobfuscate.ts';
import { feedsCommand, feedsUsage } from './commands/feeds.ts';
import { headerCommand, headerUsage } from './commands/header.ts';
import { scanCommand, scanUsage } from './commands/scan.ts';
import { serveCommand, serveUsage } from './commands/serve.ts';
import { sitesCommand, sitesUsage } from './commands/sites.ts';
import { processIo, UsageError, type CommandIo } from './io.ts';
import { openServiceStore, takeServiceOptions } from './service-options.ts';

const usage = `usage: skimguard <command> [options]

commands:
  scan <file|dir|url>...   classify scripts and print their JS integrity score (1 malicious … 99 benign)
  deobfuscate <file|url>   print the code a script actually runs (obfuscation, packers and eval layers undone)
  check <url|domain|->...  threat-intel verdict for URLs and domains from the fetched feeds
  feeds update|list        fetch the configured threat feeds, or show their state
  serve                    run the CSP report endpoint and the API (SQLite file ./skimguard.db by default)
  sites add|list           register the sites whose visitors report to skimguard
  header --site ID         print the report-only CSP header (and nginx/Express/Worker snippets) to deploy

Run "skimguard <command> --help" for a command's options.

${scanUsage}

${deobfuscateUsage}

${checkUsage}

${feedsUsage}

${serveUsage}

${sitesUsage}

${headerUsage}`;

/** `header` reads the site from the database; the command itself only formats. */
async function header(args: string[], io: CommandIo): Promise<number> {
  const { config, rest } = takeServiceOptions(args);
  if (rest.includes('--help') || rest.includes('-h')) return headerCommand(rest, io, { getSite: () => Promise.resolve(undefined), publicUrl: undefined });
  const store = await openServiceStore(config);
  try {
    return await headerCommand(rest, io, { getSite: (id) => store.getSite(id), publicUrl: config.server.publicUrl });
  } finally {
    await store.close();
  }
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'deobfuscate':
        return await deobfuscateCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'feeds':
        return await feedsCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case 'sites':
        return await sitesCommand(rest, io);
      case 'header':
        return await header(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${usage}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`skimguard: ${(error as Error).message}\n\nRun "skimguard --help" for usage.\n`);
      return 2;
    }
    io.stderr(`skimguard: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
