/**
 * `--config F` and `--db URL`, shared by the commands that open the service's database (serve, sites, header):
 * taken out of the arguments before the command reads its own.
 */
import { loadConfig, type Config } from '../config.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/types.ts';
import { UsageError } from './io.ts';

export interface ServiceContext {
  config: Config;
  rest: string[];
}

export function takeServiceOptions(args: string[], env: Record<string, string | undefined> = process.env): ServiceContext {
  const rest: string[] = [];
  let configFile: string | undefined;
  let database: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--config' && flag !== '--db') {
      rest.push(arg);
      continue;
    }
    const value = inline ?? args[(i += 1)];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    if (flag === '--config') configFile = value;
    else database = value;
  }
  const config = loadConfig(configFile, env);
  if (database !== undefined) config.server.database = database;
  return { config, rest };
}

/** Opens and migrates the configured database. */
export async function openServiceStore(config: Config): Promise<Store> {
  const store = openStore(config.server.database);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
