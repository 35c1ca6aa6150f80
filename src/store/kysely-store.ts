/**
 * The Store, written once over Kysely for both databases. The SQL is the subset SQLite and PostgreSQL share
 * (upserts with ON CONFLICT, row values, window functions, CASE); the one difference, case-insensitive LIKE, comes in
 * as a constructor argument. Nothing outside this folder knows which database it talks to.
 */
import { sql, type Kysely, type RawBuilder, type Selectable, type SqlBool, type Transaction } from 'kysely';
import { Migrator } from 'kysely/migration';
import { SkimguardError } from '../errors.ts';
import { migrationProvider } from './migrations.ts';
import {
  daysBefore, INACTIVE_AFTER_DAYS, INACTIVE_DELETE_AFTER_DAYS, INFREQUENT_DELETE_AFTER_DAYS, INFREQUENT_REPORTS,
  PAGE_URLS_KEPT, resourceId,
} from './rules.ts';
import type { Database, ResourcesTable, SitesTable } from './schema.ts';
import type {
  IngestBatch, InventoryStatus, ObservationAggregate, Resource, ResourceKind, ResourcePage, ResourceQuery, Site,
  SiteInput, SitePatch, StatusChanges, Store,
} from './types.ts';

/** Rows per multi-row statement: far below SQLite's 32,766 bound variables and PostgreSQL's 65,535 at 12 columns. */
const ROWS_PER_STATEMENT = 200;
/** Largest page of a list; a bigger export goes through `export=csv`, which pages internally. */
export const MAX_PER_PAGE = 1_000;
export const DEFAULT_MALICIOUS_BELOW = 50;

export interface DialectTraits {
  dialect: 'sqlite' | 'postgres';
  /** The case-insensitive LIKE: `like` in SQLite (ASCII case-insensitive already), `ilike` in PostgreSQL. */
  likeOperator: 'like' | 'ilike';
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `*` matches anything; everything else literally (LIKE's own `%`, `_` and the escape character are escaped). */
export function likePattern(pattern: string, anchored: boolean): string {
  const escaped = pattern.replace(/[\\%_]/g, (char) => `\\${char}`).replace(/\*/g, '%');
  return anchored || pattern.includes('*') ? escaped : `%${escaped}%`;
}

function hostOf(aggregate: ObservationAggregate): string | null {
  if (aggregate.keyword) return null;
  if (aggregate.kind === 'connection' && !aggregate.resource.includes('/')) return aggregate.resource;
  try {
    return new URL(aggregate.resource).host || null;
  } catch {
    return null;
  }
}

function siteOf(row: Selectable<SitesTable>): Site {
  return {
    id: row.id, name: row.name, hostnames: JSON.parse(row.hostnames) as string[],
    useConnectionUrlPath: Number(row.use_connection_url_path) === 1, keepPageQuery: Number(row.keep_page_query) === 1,
    samplingRate: Number(row.sampling_rate), createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function resourceOf(row: Selectable<ResourcesTable>, pages: string[]): Resource {
  return {
    id: row.id, kind: row.kind as ResourceKind, url: row.url, host: row.host, keyword: Number(row.keyword) === 1,
    added_at: row.added_at, first_seen_at: row.first_seen_at, last_seen_at: row.last_seen_at,
    first_page_url: row.first_page_url, page_urls: pages, report_count: Number(row.report_count),
    status: row.status as InventoryStatus, sample: row.sample, hash: row.hash, fetched_at: row.fetched_at,
    js_integrity_score: row.js_integrity_score, magecart_score: row.magecart_score, malware_score: row.malware_score,
    cryptomining_score: row.cryptomining_score,
    url_reported_malicious: Number(row.url_reported_malicious) === 1,
    domain_reported_malicious: Number(row.domain_reported_malicious) === 1,
    malicious_url_categories: JSON.parse(row.malicious_url_categories) as string[],
    malicious_domain_categories: JSON.parse(row.malicious_domain_categories) as string[],
  };
}

export class KyselyStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly #db: Kysely<Database>;
  readonly #like: 'like' | 'ilike';

  constructor(db: Kysely<Database>, traits: DialectTraits) {
    this.#db = db;
    this.dialect = traits.dialect;
    this.#like = traits.likeOperator;
  }

  async migrate(): Promise<void> {
    const { error, results } = await new Migrator({ db: this.#db, provider: migrationProvider }).migrateToLatest();
    if (error) {
      const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
      throw new SkimguardError('SG_IO', `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.#db);
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }

  async createSite(input: SiteInput): Promise<Site> {
    const now = new Date().toISOString();
    try {
      await this.#db.insertInto('sites').values({
        id: input.id, name: input.name, hostnames: JSON.stringify(input.hostnames),
        use_connection_url_path: input.useConnectionUrlPath ? 1 : 0, keep_page_query: input.keepPageQuery ? 1 : 0,
        sampling_rate: input.samplingRate ?? 1, created_at: now, updated_at: now,
      }).execute();
    } catch (error) {
      if (await this.getSite(input.id)) throw new SkimguardError('SG_CONFLICT', `a site with id "${input.id}" already exists`);
      throw error;
    }
    return (await this.getSite(input.id)) as Site;
  }

  async getSite(id: string): Promise<Site | undefined> {
    const row = await this.#db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? siteOf(row) : undefined;
  }

  async listSites(): Promise<Site[]> {
    return (await this.#db.selectFrom('sites').selectAll().orderBy('id').execute()).map(siteOf);
  }

  async updateSite(id: string, patch: SitePatch): Promise<Site | undefined> {
    const changes: Partial<SitesTable> = { updated_at: new Date().toISOString() };
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.hostnames !== undefined) changes.hostnames = JSON.stringify(patch.hostnames);
    if (patch.useConnectionUrlPath !== undefined) changes.use_connection_url_path = patch.useConnectionUrlPath ? 1 : 0;
    if (patch.keepPageQuery !== undefined) changes.keep_page_query = patch.keepPageQuery ? 1 : 0;
    if (patch.samplingRate !== undefined) changes.sampling_rate = patch.samplingRate;
    const result = await this.#db.updateTable('sites').set(changes).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) === 0 ? undefined : this.getSite(id);
  }

  async deleteSite(id: string): Promise<boolean> {
    return this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('report_counts').where('site_id', '=', id).execute();
      // Explicit rather than trusting ON DELETE CASCADE alone: SQLite enforces it only with foreign_keys on.
      const ids = trx.selectFrom('resources').select('id').where('site_id', '=', id);
      await trx.deleteFrom('resource_pages').where('resource_id', 'in', ids).execute();
      await trx.deleteFrom('connection_initiators').where('resource_id', 'in', ids).execute();
      await trx.deleteFrom('resources').where('site_id', '=', id).execute();
      const result = await trx.deleteFrom('sites').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async applyBatch(batch: IngestBatch): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      const siteIds = [...new Set(batch.aggregates.map((aggregate) => aggregate.siteId))];
      const known = new Set(siteIds.length === 0 ? [] : (await trx.selectFrom('sites').select('id').where('id', 'in', siteIds).execute()).map((row) => row.id));
      const aggregates = batch.aggregates.filter((aggregate) => known.has(aggregate.siteId));
      for (const group of chunks(aggregates, ROWS_PER_STATEMENT)) await this.#upsertResources(trx, group);
      for (const count of batch.counts) {
        if (count.count === 0) continue;
        await trx.insertInto('report_counts').values({ site_id: count.siteId ?? '', counter: count.counter, count: count.count })
          .onConflict((conflict) => conflict.columns(['site_id', 'counter']).doUpdateSet({ count: sql`report_counts.count + excluded.count` }))
          .execute();
      }
      if (batch.checkpoint) {
        await trx.insertInto('ingest_checkpoints').values({ journal: batch.checkpoint.journal, segment: batch.checkpoint.segment })
          .onConflict((conflict) => conflict.column('journal').doUpdateSet({ segment: sql`excluded.segment` }))
          .execute();
      }
    });
  }

  async #upsertResources(trx: Transaction<Database>, group: ObservationAggregate[]): Promise<void> {
    const now = new Date().toISOString();
    const ids = group.map((aggregate) => resourceId(aggregate.siteId, aggregate.kind, aggregate.resource));
    await trx.insertInto('resources').values(group.map((aggregate, i) => ({
      id: ids[i] as string, site_id: aggregate.siteId, kind: aggregate.kind, url: aggregate.resource,
      host: hostOf(aggregate), keyword: aggregate.keyword ? 1 : 0, added_at: now,
      first_seen_at: aggregate.firstSeenAt, last_seen_at: aggregate.lastSeenAt, first_page_url: aggregate.firstPageUrl,
      report_count: aggregate.reports, status: aggregate.reports >= INFREQUENT_REPORTS ? 'active' : 'infrequent',
      sample: aggregate.sample, hash: null, fetched_at: null, js_integrity_score: null, magecart_score: null,
      malware_score: null, cryptomining_score: null,
    }))).onConflict((conflict) => conflict.columns(['site_id', 'kind', 'url']).doUpdateSet({
      first_seen_at: sql`case when excluded.first_seen_at < resources.first_seen_at then excluded.first_seen_at else resources.first_seen_at end`,
      first_page_url: sql`case when excluded.first_seen_at < resources.first_seen_at then excluded.first_page_url else resources.first_page_url end`,
      last_seen_at: sql`case when excluded.last_seen_at > resources.last_seen_at then excluded.last_seen_at else resources.last_seen_at end`,
      report_count: sql`resources.report_count + excluded.report_count`,
      // A resource reported again after going quiet is active again; one still below the bar stays infrequent.
      status: sql`case when resources.report_count + excluded.report_count >= ${INFREQUENT_REPORTS} then 'active' else 'infrequent' end`,
      sample: sql`coalesce(excluded.sample, resources.sample)`,
    })).execute();

    const pages = group.flatMap((aggregate, i) => aggregate.pages.slice(-PAGE_URLS_KEPT).map((page) => ({ resource_id: ids[i] as string, page_url: page.url, seen_at: page.seenAt })));
    for (const rows of chunks(pages, ROWS_PER_STATEMENT)) {
      await trx.insertInto('resource_pages').values(rows)
        .onConflict((conflict) => conflict.columns(['resource_id', 'page_url']).doUpdateSet({
          seen_at: sql`case when excluded.seen_at > resource_pages.seen_at then excluded.seen_at else resource_pages.seen_at end`,
        })).execute();
    }
    // Keep the newest PAGE_URLS_KEPT pages of each resource touched; one statement for the whole group.
    await sql`delete from resource_pages where (resource_id, page_url) in (
      select resource_id, page_url from (
        select resource_id, page_url, row_number() over (partition by resource_id order by seen_at desc, page_url) as position
        from resource_pages where resource_id in (${sql.join(ids)})
      ) ranked where position > ${PAGE_URLS_KEPT})`.execute(trx);

    const initiators = group.flatMap((aggregate, i) => aggregate.initiatorUrls.map((url) => ({ resource_id: ids[i] as string, script_url: url })));
    for (const rows of chunks(initiators, ROWS_PER_STATEMENT)) {
      await trx.insertInto('connection_initiators').values(rows).onConflict((conflict) => conflict.doNothing()).execute();
    }
  }

  async checkpoint(journal: string): Promise<number> {
    const row = await this.#db.selectFrom('ingest_checkpoints').select('segment').where('journal', '=', journal).executeTakeFirst();
    return row ? Number(row.segment) : -1;
  }

  async reportCounts(siteId: string | null): Promise<Record<string, number>> {
    const rows = await this.#db.selectFrom('report_counts').select(['counter', 'count']).where('site_id', '=', siteId ?? '').orderBy('counter').execute();
    return Object.fromEntries(rows.map((row) => [row.counter, Number(row.count)]));
  }

  async listResources(siteId: string, kind: ResourceKind, query: ResourceQuery): Promise<ResourcePage> {
    let where = this.#db.selectFrom('resources').where('site_id', '=', siteId).where('kind', '=', kind);
    if (query.hosts?.length) where = where.where('host', 'in', query.hosts.map((host) => host.toLowerCase()));
    if (query.status?.length) where = where.where('status', 'in', query.status);
    if (query.urls?.length) {
      const urls = query.urls;
      where = where.where((eb) => eb.or(urls.map((url) => this.#matches('resources.url', likePattern(url, false)))));
    }
    for (const url of query.excludeUrls ?? []) where = where.where(sql<boolean>`not ${this.#matches('resources.url', likePattern(url, false))}`);
    if (query.pageUrl !== undefined) {
      const pattern = likePattern(query.pageUrl, true);
      where = where.where((eb) => eb.exists(eb.selectFrom('resource_pages').select('resource_pages.resource_id')
        .whereRef('resource_pages.resource_id', '=', 'resources.id').where(this.#matches('resource_pages.page_url', pattern))));
    }
    const total = Number((await where.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow()).total);
    const perPage = Math.min(Math.max(query.perPage ?? 25, 1), MAX_PER_PAGE);
    const page = Math.max(query.page ?? 1, 1);
    const direction = query.direction ?? 'desc';
    let ordered = where.selectAll();
    if (query.prioritizeMalicious) {
      const below = query.maliciousBelow ?? DEFAULT_MALICIOUS_BELOW;
      ordered = ordered
        .orderBy(sql`case when url_reported_malicious = 1 or domain_reported_malicious = 1 or js_integrity_score < ${below} then 0 else 1 end`)
        .orderBy(sql`coalesce(js_integrity_score, 100)`);
    }
    const rows = await ordered.orderBy(query.orderBy ?? 'last_seen_at', direction).orderBy('id').limit(perPage).offset((page - 1) * perPage).execute();
    return { items: await this.#withDetails(siteId, rows), total };
  }

  /** SQLite's LIKE has no escape character unless told, PostgreSQL's defaults to `\`: say it for both. */
  #matches(column: string, pattern: string): RawBuilder<SqlBool> {
    return sql<SqlBool>`${sql.ref(column)} ${sql.raw(this.#like)} ${pattern} escape '\\'`;
  }

  async getResource(siteId: string, kind: ResourceKind, id: string): Promise<Resource | undefined> {
    const rows = await this.#db.selectFrom('resources').selectAll().where('site_id', '=', siteId).where('kind', '=', kind).where('id', '=', id).execute();
    return (await this.#withDetails(siteId, rows))[0];
  }

  /** Pages and initiating scripts of a page of results, in two queries whatever the page size. */
  async #withDetails(siteId: string, rows: Selectable<ResourcesTable>[]): Promise<Resource[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const pages = new Map<string, string[]>();
    const pageRows = await this.#db.selectFrom('resource_pages').select(['resource_id', 'page_url']).where('resource_id', 'in', ids)
      .orderBy('seen_at', 'desc').orderBy('page_url').execute();
    for (const row of pageRows) (pages.get(row.resource_id) ?? pages.set(row.resource_id, []).get(row.resource_id) as string[]).push(row.page_url);
    const resources = rows.map((row) => resourceOf(row, pages.get(row.id) ?? []));
    const connections = resources.filter((resource) => resource.kind === 'connection');
    if (connections.length === 0) return resources;
    const initiatorRows = await this.#db.selectFrom('connection_initiators').select(['resource_id', 'script_url'])
      .where('resource_id', 'in', connections.map((resource) => resource.id)).orderBy('script_url').execute();
    const scriptIds = [...new Set(initiatorRows.map((row) => resourceId(siteId, 'script', row.script_url)))];
    const present = new Set(scriptIds.length === 0 ? [] : (await this.#db.selectFrom('resources').select('id').where('id', 'in', scriptIds).execute()).map((row) => row.id));
    for (const connection of connections) {
      connection.initiator_script_ids = [...new Set(initiatorRows.filter((row) => row.resource_id === connection.id)
        .map((row) => resourceId(siteId, 'script', row.script_url)).filter((id) => present.has(id)))];
    }
    return resources;
  }

  async applyStatusRules(now: Date): Promise<StatusChanges> {
    return this.#db.transaction().execute(async (trx) => {
      const doomed = trx.selectFrom('resources').select('id').where((eb) => eb.or([
        eb.and([eb('status', '=', 'infrequent'), eb('last_seen_at', '<', daysBefore(now, INFREQUENT_DELETE_AFTER_DAYS))]),
        eb('last_seen_at', '<', daysBefore(now, INACTIVE_DELETE_AFTER_DAYS)),
      ]));
      await trx.deleteFrom('resource_pages').where('resource_id', 'in', doomed).execute();
      await trx.deleteFrom('connection_initiators').where('resource_id', 'in', doomed).execute();
      const deleted = await trx.deleteFrom('resources').where('id', 'in', doomed).executeTakeFirst();
      const inactivated = await trx.updateTable('resources').set({ status: 'inactive' })
        .where('status', '=', 'active').where('last_seen_at', '<', daysBefore(now, INACTIVE_AFTER_DAYS)).executeTakeFirst();
      const activated = await trx.updateTable('resources').set({ status: 'active' })
        .where('status', '=', 'inactive').where('last_seen_at', '>=', daysBefore(now, INACTIVE_AFTER_DAYS)).executeTakeFirst();
      return { activated: Number(activated.numUpdatedRows), inactivated: Number(inactivated.numUpdatedRows), deleted: Number(deleted.numDeletedRows) };
    });
  }

  async apiTokenHashes(): Promise<string[]> {
    return (await this.#db.selectFrom('api_tokens').select('hash').execute()).map((row) => row.hash);
  }

  async addApiTokenHash(hash: string, label: string): Promise<void> {
    await this.#db.insertInto('api_tokens').values({ hash, label, created_at: new Date().toISOString() }).onConflict((conflict) => conflict.doNothing()).execute();
  }
}
