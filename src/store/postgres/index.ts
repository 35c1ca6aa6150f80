/**
 * The store for installations that outgrow one machine: PostgreSQL through `pg`, shared by any number of `serve`
 * workers (each with its own report journal).
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { KyselyStore } from '../kysely-store.ts';
import type { Database } from '../schema.ts';

/** Connections per process: batches are written by one flusher; the rest serve API reads. */
const POOL_SIZE = 10;

export interface PostgresOptions {
  /** A schema to work in (created if missing); tests use a fresh one each. */
  schema?: string;
}

export function openPostgresStore(url: string, options: PostgresOptions = {}): KyselyStore {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url, max: POOL_SIZE,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: async () => {
        if (schema) {
          const client = await pool.connect();
          try {
            await client.query(`create schema if not exists ${schema}`);
          } finally {
            client.release();
          }
        }
        return pool;
      },
    }),
  });
  return new KyselyStore(db, { dialect: 'postgres', likeOperator: 'ilike' });
}
