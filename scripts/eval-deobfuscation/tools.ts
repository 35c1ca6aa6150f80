/**
 * The deobfuscators compared. skimguard runs in-process, as `skimguard scan` runs it; webcrack and restringer run in
 * child processes with a time limit (workers.ts), and their outputs are cached on disk: they do not change while
 * skimguard's deobfuscator is being worked on, and restringer alone would otherwise take most of every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_ROOT, cacheKey, readCached, writeCached } from './cache.ts';
import type { ToolWorker } from './workers.ts';

export const TOOLS = ['skimguard', 'webcrack', 'restringer'] as const;
export type Tool = (typeof TOOLS)[number];
export type ExternalTool = Exclude<Tool, 'skimguard'>;

const ROOT = new URL('../..', import.meta.url).pathname;

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `EVAL_TOOLS=skimguard,webcrack` narrows a run; unknown names are an error rather than a silently smaller run. */
export function selectTools(list: string | undefined): Tool[] {
  if (!list) return [...TOOLS];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(TOOLS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`EVAL_TOOLS: unknown tool(s) ${unknown.join(', ')}; known: ${TOOLS.join(', ')}`);
  return TOOLS.filter((tool) => names.includes(tool));
}

export interface ToolOutput {
  /** Null when the tool failed; `failure` says why. */
  code: string | null;
  failure?: string;
  ms: number;
  cached: boolean;
}

interface CachedOutput { code: string | null; failure?: string; ms: number }

/**
 * Runs an external tool on one obfuscated file, or reads its earlier result. Timeouts and crashes are cached too
 * (keyed with the time limit): they are the tool's result on that file, and retrying them costs the full limit.
 */
export async function runExternal(worker: ToolWorker, version: string, code: string): Promise<ToolOutput> {
  const path = join(CACHE_ROOT, 'tools', worker.role, `${cacheKey(code, worker.role, version, String(worker.timeoutMs))}.json`);
  const cached = readCached(path);
  if (cached !== null) return { ...(JSON.parse(cached) as CachedOutput), cached: true };
  const result = await worker.run({ code });
  const output: CachedOutput = result.ok ? { code: result.code, ms: result.ms } : { code: null, failure: result.error, ms: result.ms };
  // A tool that could not start says nothing about this file.
  if (result.ok || !result.error.startsWith('could not start')) writeCached(path, JSON.stringify(output));
  return { ...output, cached: false };
}
