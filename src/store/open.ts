/** Opens the store a database URL names: `postgres://…` / `postgresql://…`, else a SQLite file (`sqlite:PATH` or a path). */
import { SkimguardError } from '../errors.ts';
import { openPostgresStore } from './postgres/index.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { Store } from './types.ts';

export const DEFAULT_DATABASE = './skimguard.db';

export function openStore(url: string = DEFAULT_DATABASE): Store {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgresStore(url);
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  if (file === '') throw new SkimguardError('SG_CONFIG', 'the database URL names no SQLite file');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) throw new SkimguardError('SG_CONFIG', `unsupported database URL ${url}: use postgres://… or a SQLite file path`);
  return openSqliteStore(file);
}
