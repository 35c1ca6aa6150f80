/**
 * The default store: one SQLite file through better-sqlite3. WAL lets the API read while a batch is written;
 * `synchronous = NORMAL` is WAL's durable-on-commit-to-the-OS setting (the report journal, not SQLite, is what makes an
 * acknowledged report survive a crash, so a commit need not wait for the disk).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { SkimguardError } from '../../errors.ts';
import { KyselyStore } from '../kysely-store.ts';
import type { Database } from '../schema.ts';

/** How long a writer waits for another process's lock (the CLI while `serve` runs) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export function openSqliteStore(file: string): KyselyStore {
  const path = file === ':memory:' ? file : resolve(file);
  let database: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    database = new BetterSqlite3(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    throw new SkimguardError('SG_IO', `cannot open the SQLite database ${path}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return new KyselyStore(db, { dialect: 'sqlite', likeOperator: 'like' });
}
