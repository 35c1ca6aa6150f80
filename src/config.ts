/**
 * The configuration file (`--config`, else `./skimguard.config.json` when present) and `SKIMGUARD_*` environment
 * variables, validated at start-up: a mistake stops the command with a sentence naming the key, instead of a feed
 * silently never loading. Only what the commands built so far read is defined here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SkimguardError } from './errors.ts';
import { isCategory, type Category } from './intel/categories.ts';
import { feedFormat } from './intel/feeds/index.ts';
import { parseDuration, type FeedConfig } from './intel/refresh.ts';
import { DEFAULT_FLUSH_INTERVAL_MS } from './collect/ingest.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './serve/routes/reports.ts';
import { DEFAULT_DATABASE } from './store/open.ts';

export const DEFAULT_CONFIG_FILE = 'skimguard.config.json';
export const DEFAULT_STATE_DIR = '.skimguard';

export interface Config {
  feeds: FeedConfig[];
  /** Domains and URLs never reported, whatever the feeds say (false-positive overrides). */
  allowList: string[];
  /** Where feed snapshots and the index are kept. */
  stateDir: string;
  /** The site's own domains: look-alikes of them are reported as impersonation. */
  ownDomains: string[];
  server: ServerConfig;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** The address visitors' browsers reach skimguard at; used in the header it prints. */
  publicUrl: string | undefined;
  /** `postgres://…`, or a SQLite file. */
  database: string;
  /** A fixed API token (else one is generated on first start and only its digest kept). */
  apiToken: string | undefined;
  trustProxy: boolean;
  /** Names this process's report journal; each of several processes on one database needs its own. */
  journalId: string;
  /** Acknowledge a report only after fdatasync (survives power loss, not only a crash of the process). */
  fsync: boolean;
  flushIntervalMs: number;
  rateLimits: RateLimits;
}

export const DEFAULT_SERVER: ServerConfig = {
  // Loopback by default: exposing the service is a decision (a reverse proxy with TLS in front, usually).
  host: '127.0.0.1', port: 8080, publicUrl: undefined, database: DEFAULT_DATABASE, apiToken: undefined, trustProxy: false,
  journalId: 'main', fsync: false, flushIntervalMs: DEFAULT_FLUSH_INTERVAL_MS, rateLimits: DEFAULT_RATE_LIMITS,
};

const FEED_KEYS = new Set(['id', 'format', 'url', 'path', 'refresh', 'categories', 'security_threats', 'allow_private', 'zip_entry', 'headers']);
const TOP_KEYS = new Set(['feeds', 'allow_list', 'state_dir', 'own_domains', 'server']);
const SERVER_KEYS = new Set(['host', 'port', 'public_url', 'database', 'api_token', 'trust_proxy', 'journal_id', 'fsync', 'flush_interval_ms', 'rate_limits']);

function fail(where: string, message: string): never {
  throw new SkimguardError('SG_CONFIG', `configuration ${where}: ${message}`);
}

function feedOf(value: unknown, index: number, seen: Set<string>, env: Record<string, string | undefined>): FeedConfig {
  const where = `feeds[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'must be an object');
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!FEED_KEYS.has(key)) fail(`${where}.${key}`, 'is not a feed setting');
  if (typeof raw.id !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(raw.id)) fail(`${where}.id`, 'must be a name of letters, digits, "-" or "_"');
  if (seen.has(raw.id)) fail(`${where}.id`, `"${raw.id}" is used by another feed`);
  seen.add(raw.id);
  if (typeof raw.format !== 'string' || !feedFormat(raw.format)) fail(`${where}.format`, `must be one of the feed formats, got ${JSON.stringify(raw.format)}`);
  if ((raw.url === undefined) === (raw.path === undefined)) fail(where, 'needs exactly one of "url" and "path"');
  if (raw.url !== undefined && (typeof raw.url !== 'string' || !/^https?:\/\//i.test(raw.url))) fail(`${where}.url`, 'must be an http(s) URL');
  if (raw.path !== undefined && (typeof raw.path !== 'string' || raw.path === '')) fail(`${where}.path`, 'must be a file path');
  if (raw.refresh !== undefined && (typeof raw.refresh !== 'string' || parseDuration(raw.refresh) === null)) fail(`${where}.refresh`, 'must be a duration such as "30m", "1h" or "1d"');
  let categories: Category[] | undefined;
  if (raw.categories !== undefined) {
    if (!Array.isArray(raw.categories) || raw.categories.length === 0) fail(`${where}.categories`, 'must be a non-empty list of categories');
    raw.categories.forEach((category, i) => { if (!isCategory(category)) fail(`${where}.categories[${i}]`, `${JSON.stringify(category)} is not a category`); });
    categories = raw.categories as Category[];
  }
  if (raw.format === 'taxii' && raw.url === undefined) fail(`${where}.url`, 'a TAXII feed needs the url of its collection');
  const headers = raw.headers === undefined ? undefined : headersOf(raw.headers, `${where}.headers`, env);
  if (headers && raw.url === undefined) fail(`${where}.headers`, 'only a feed with a url sends headers');
  if (raw.zip_entry !== undefined && (typeof raw.zip_entry !== 'string' || raw.zip_entry === '')) fail(`${where}.zip_entry`, 'must be the name of a file in the zip dump');
  for (const key of ['security_threats', 'allow_private'] as const) if (raw[key] !== undefined && typeof raw[key] !== 'boolean') fail(`${where}.${key}`, 'must be true or false');
  return {
    id: raw.id, format: raw.format,
    ...(typeof raw.url === 'string' ? { url: raw.url } : {}),
    ...(typeof raw.path === 'string' ? { path: raw.path } : {}),
    ...(typeof raw.refresh === 'string' ? { refresh: raw.refresh } : {}),
    ...(categories ? { categories } : {}),
    ...(raw.security_threats === false ? { securityThreats: false } : {}),
    ...(raw.allow_private === true ? { allowPrivate: true } : {}),
    ...(typeof raw.zip_entry === 'string' ? { zipEntry: raw.zip_entry } : {}),
    ...(headers ? { headers } : {}),
  };
}

/** `${NAME}` as a whole header value: the secret comes from the environment, so the file can be shared. */
const FROM_ENVIRONMENT = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

function headersOf(value: unknown, where: string, env: Record<string, string | undefined>): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'must be an object of header names and values');
  const headers: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) fail(`${where}.${name}`, 'is not a header name');
    if (typeof text !== 'string' || /[\r\n]/.test(text)) fail(`${where}.${name}`, 'must be a one-line string');
    const variable = FROM_ENVIRONMENT.exec(text)?.[1];
    if (variable !== undefined && env[variable] === undefined) fail(`${where}.${name}`, `names the environment variable ${variable}, which is not set`);
    headers[name] = variable !== undefined ? (env[variable] as string) : text;
  }
  return headers;
}

function integerIn(value: unknown, where: string, min: number, max: number): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) fail(where, `must be a whole number from ${min} to ${max}`);
  return number;
}

function serverOf(value: unknown, base: string, env: Record<string, string | undefined>): ServerConfig {
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) fail('server', 'must be an object');
  const raw = (value ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!SERVER_KEYS.has(key)) fail(`server.${key}`, 'is not a server setting');
  const server: ServerConfig = { ...DEFAULT_SERVER, rateLimits: { ...DEFAULT_SERVER.rateLimits } };
  const text = (key: string, envName: string): string | undefined => {
    const given = env[envName] ?? raw[key];
    if (given !== undefined && (typeof given !== 'string' || given === '')) fail(`server.${key}`, 'must be a non-empty string');
    return given as string | undefined;
  };
  server.host = text('host', 'SKIMGUARD_HOST') ?? server.host;
  const port = env.SKIMGUARD_PORT ?? raw.port;
  if (port !== undefined) server.port = integerIn(port, 'server.port', 0, 65_535);
  const publicUrl = text('public_url', 'SKIMGUARD_PUBLIC_URL');
  if (publicUrl !== undefined && !/^https?:\/\/[^/?#]+\/?$/i.test(publicUrl)) fail('server.public_url', 'must be the service\'s origin, such as https://monitor.example');
  server.publicUrl = publicUrl;
  const database = text('database', 'SKIMGUARD_DATABASE_URL');
  if (database !== undefined) server.database = /^[a-z][a-z0-9+.-]*:\/\//i.test(database) || database === ':memory:' ? database : resolve(base, database.replace(/^sqlite:/i, ''));
  const token = text('api_token', 'SKIMGUARD_API_TOKEN');
  if (token !== undefined && token.length < 16) fail('server.api_token', 'must be at least 16 characters (generate one with "openssl rand -base64 32")');
  server.apiToken = token;
  if (raw.trust_proxy !== undefined && typeof raw.trust_proxy !== 'boolean') fail('server.trust_proxy', 'must be true or false');
  server.trustProxy = raw.trust_proxy === true;
  if (raw.fsync !== undefined && typeof raw.fsync !== 'boolean') fail('server.fsync', 'must be true or false');
  server.fsync = raw.fsync === true;
  if (raw.journal_id !== undefined && (typeof raw.journal_id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(raw.journal_id))) fail('server.journal_id', 'must be a name of letters, digits, "-" or "_"');
  if (typeof raw.journal_id === 'string') server.journalId = raw.journal_id;
  if (raw.flush_interval_ms !== undefined) server.flushIntervalMs = integerIn(raw.flush_interval_ms, 'server.flush_interval_ms', 50, 60_000);
  if (raw.rate_limits !== undefined) {
    if (typeof raw.rate_limits !== 'object' || raw.rate_limits === null || Array.isArray(raw.rate_limits)) fail('server.rate_limits', 'must be an object');
    for (const [key, limit] of Object.entries(raw.rate_limits)) {
      if (key === 'per_client_per_minute') server.rateLimits.perClientPerMinute = integerIn(limit, `server.rate_limits.${key}`, 1, 100_000_000);
      else if (key === 'per_site_per_minute') server.rateLimits.perSitePerMinute = integerIn(limit, `server.rate_limits.${key}`, 1, 100_000_000);
      else fail(`server.rate_limits.${key}`, 'is not a rate limit (per_client_per_minute, per_site_per_minute)');
    }
  }
  return server;
}

/** Validates parsed configuration data; `base` resolves relative paths (the configuration file's directory). */
export function validateConfig(data: unknown, base: string, env: Record<string, string | undefined> = {}): Config {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('file', 'must hold a JSON object');
  const raw = data as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) fail(key, 'is not a setting');
  if (raw.feeds !== undefined && !Array.isArray(raw.feeds)) fail('feeds', 'must be a list');
  const seen = new Set<string>();
  const feeds = ((raw.feeds as unknown[] | undefined) ?? []).map((feed, index) => {
    const config = feedOf(feed, index, seen, env);
    return config.path ? { ...config, path: resolve(base, config.path) } : config;
  });
  if (raw.allow_list !== undefined && (!Array.isArray(raw.allow_list) || raw.allow_list.some((item) => typeof item !== 'string'))) fail('allow_list', 'must be a list of domains and URLs');
  if (raw.state_dir !== undefined && typeof raw.state_dir !== 'string') fail('state_dir', 'must be a directory path');
  if (raw.own_domains !== undefined && (!Array.isArray(raw.own_domains) || raw.own_domains.some((item) => typeof item !== 'string'))) fail('own_domains', 'must be a list of domains');
  const stateDir = env.SKIMGUARD_STATE_DIR ?? (typeof raw.state_dir === 'string' ? resolve(base, raw.state_dir) : resolve(base, DEFAULT_STATE_DIR));
  return {
    feeds, allowList: (raw.allow_list as string[] | undefined) ?? [], stateDir, ownDomains: (raw.own_domains as string[] | undefined) ?? [],
    server: serverOf(raw.server, base, env),
  };
}

/**
 * Loads `path` (an error if it is missing), else `./skimguard.config.json` when present, else the empty
 * configuration. `SKIMGUARD_CONFIG` names the file when `--config` is not given.
 */
export function loadConfig(path: string | undefined, env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const file = path ?? env.SKIMGUARD_CONFIG ?? (existsSync(resolve(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (file === undefined) return validateConfig({}, cwd, env);
  const full = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new SkimguardError('SG_CONFIG', `cannot read the configuration file ${full}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SkimguardError('SG_CONFIG', `the configuration file ${full} is not valid JSON: ${(error as Error).message}`);
  }
  return validateConfig(data, resolve(full, '..'), env);
}
