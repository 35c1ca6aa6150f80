/** The `skimguard` command line. Exit codes follow linters: 0 clean, 1 something malicious, 2 usage/config/I-O error. */
import { checkCommand, checkUsage } from './commands/check.ts';
import { feedsCommand, feedsUsage } from './commands/feeds.ts';
import { scanCommand, scanUsage } from './commands/scan.ts';
import { processIo, UsageError, type CommandIo } from './io.ts';

const usage = `usage: skimguard <command> [options]

commands:
  scan <file|dir|url>...   classify scripts and print their JS integrity score (1 malicious … 99 benign)
  check <url|domain|->...  threat-intel verdict for URLs and domains from the fetched feeds
  feeds update|list        fetch the configured threat feeds, or show their state

Run "skimguard <command> --help" for a command's options.

${scanUsage}

${checkUsage}

${feedsUsage}`;

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'feeds':
        return await feedsCommand(rest, io);
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
