/**
 * Schema migrations, in code so that they ship inside the package and run the same on SQLite and PostgreSQL (only
 * types both understand). Append new migrations; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

const migrations: Record<string, Migration> = {
  '0001_inventory': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createTable('sites')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('hostnames', 'text', (column) => column.notNull())
        .addColumn('use_connection_url_path', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('keep_page_query', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('sampling_rate', 'double precision', (column) => column.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createTable('resources')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id').onDelete('cascade'))
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('url', 'text', (column) => column.notNull())
        .addColumn('host', 'text')
        .addColumn('keyword', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('added_at', 'text', (column) => column.notNull())
        .addColumn('first_seen_at', 'text', (column) => column.notNull())
        .addColumn('last_seen_at', 'text', (column) => column.notNull())
        .addColumn('first_page_url', 'text', (column) => column.notNull())
        .addColumn('report_count', 'bigint', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('sample', 'text')
        .addColumn('hash', 'text')
        .addColumn('fetched_at', 'text')
        .addColumn('js_integrity_score', 'integer')
        .addColumn('magecart_score', 'integer')
        .addColumn('malware_score', 'integer')
        .addColumn('cryptomining_score', 'integer')
        .addColumn('url_reported_malicious', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('domain_reported_malicious', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('malicious_url_categories', 'text', (column) => column.notNull().defaultTo('[]'))
        .addColumn('malicious_domain_categories', 'text', (column) => column.notNull().defaultTo('[]'))
        .addUniqueConstraint('resources_site_kind_url', ['site_id', 'kind', 'url'])
        .execute();
      await db.schema.createIndex('resources_site_kind_last_seen').on('resources').columns(['site_id', 'kind', 'last_seen_at']).execute();
      await db.schema.createIndex('resources_site_kind_host').on('resources').columns(['site_id', 'kind', 'host']).execute();
      // The status job scans by status and age across all sites.
      await db.schema.createIndex('resources_status_last_seen').on('resources').columns(['status', 'last_seen_at']).execute();
      await db.schema.createTable('resource_pages')
        .addColumn('resource_id', 'text', (column) => column.notNull().references('resources.id').onDelete('cascade'))
        .addColumn('page_url', 'text', (column) => column.notNull())
        .addColumn('seen_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('resource_pages_pk', ['resource_id', 'page_url'])
        .execute();
      await db.schema.createTable('connection_initiators')
        .addColumn('resource_id', 'text', (column) => column.notNull().references('resources.id').onDelete('cascade'))
        .addColumn('script_url', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('connection_initiators_pk', ['resource_id', 'script_url'])
        .execute();
      await db.schema.createTable('report_counts')
        .addColumn('site_id', 'text', (column) => column.notNull())
        .addColumn('counter', 'text', (column) => column.notNull())
        .addColumn('count', 'bigint', (column) => column.notNull())
        .addPrimaryKeyConstraint('report_counts_pk', ['site_id', 'counter'])
        .execute();
      await db.schema.createTable('ingest_checkpoints')
        .addColumn('journal', 'text', (column) => column.primaryKey())
        .addColumn('segment', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema.createTable('api_tokens')
        .addColumn('hash', 'text', (column) => column.primaryKey())
        .addColumn('label', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
