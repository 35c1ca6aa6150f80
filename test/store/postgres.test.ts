/**
 * The contract suite on PostgreSQL, in a schema of its own that is dropped afterwards. The server's URL comes from
 * SKIMGUARD_TEST_PG_URL, which .ci/run sets; without it (a developer machine with no PostgreSQL) the suite is skipped
 * and says so.
 */
import { test } from 'node:test';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { storeContract } from './contract.ts';

const url = process.env.SKIMGUARD_TEST_PG_URL;
if (url) {
  const schema = `sg_test_${process.pid}_${Date.now()}`;
  storeContract('PostgreSQL', () => Promise.resolve(openPostgresStore(url, { schema })), async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });
} else {
  test('Store contract: PostgreSQL', { skip: 'SKIMGUARD_TEST_PG_URL is not set (.ci/run sets it)' }, () => {});
}
