/**
 * Turns `scan` arguments (files, directories, URLs) into scripts to analyse. HTML pages expand into every inline
 * script, event-handler attribute, javascript: URL and linked script. Problems become per-target statuses with a
 * sentence, never exceptions.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fetchUrl, type FetchOptions } from '../collect/fetch.ts';
import { extractScripts } from '../collect/html.ts';

/** Scripts larger than this are reported as `too_large` rather than analysed (same cap as downloads). */
export const MAX_SCRIPT_BYTES = 5 * 1024 * 1024;
/** Linked scripts fetched per HTML page; bounds fan-out from a hostile page listing thousands of scripts. */
export const MAX_LINKED_SCRIPTS_PER_PAGE = 100;

export type TargetStatus = 'too_large' | 'not_javascript' | 'fetch_failed' | 'missing';

export interface ScriptTarget {
  target: string;
  source?: string;
  bytes: number;
  /** Where the code starts inside its file (inline scripts of an HTML page), so evidence points at the page. */
  origin?: { line: number; column: number };
  /** Set when the target cannot be analysed. */
  status?: TargetStatus;
  error?: string;
}

const SCRIPT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Binary content (NUL bytes or invalid UTF-8 in bulk) is not a script; saves analysing images served as .js. */
export function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const text = sample.toString('utf8');
  let replacement = 0;
  for (const char of text) if (char === '\uFFFD') replacement++;
  return replacement > sample.length / 20;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(text);
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

async function walkDirectory(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walkDirectory(path, out);
    } else if (entry.isFile() && (SCRIPT_EXTENSIONS.has(extname(entry.name)) || HTML_EXTENSIONS.has(extname(entry.name)))) {
      out.push(path);
    }
  }
}

export interface CollectOptions {
  fetch: FetchOptions;
}

function fromBuffer(target: string, buffer: Buffer): ScriptTarget {
  if (buffer.length > MAX_SCRIPT_BYTES) {
    return { target, bytes: buffer.length, status: 'too_large', error: `${buffer.length} bytes is over the ${MAX_SCRIPT_BYTES}-byte limit` };
  }
  if (looksBinary(buffer)) return { target, bytes: buffer.length, status: 'not_javascript', error: 'binary content, not JavaScript' };
  const source = buffer.toString('utf8');
  if (looksLikeJson(source)) return { target, bytes: buffer.length, status: 'not_javascript', error: 'JSON data, not JavaScript' };
  return { target, source, bytes: buffer.length };
}

async function expandHtml(label: string, html: string, base: { url?: string; dir?: string }, options: CollectOptions): Promise<ScriptTarget[]> {
  const scripts = extractScripts(html, base.url);
  const targets: ScriptTarget[] = [];
  let linked = 0;
  for (const script of scripts) {
    if (script.source !== undefined) {
      targets.push({
        target: `${label}:${script.line}:${script.column} (${script.label})`,
        source: script.source,
        bytes: Buffer.byteLength(script.source),
        origin: { line: script.line, column: script.column },
      });
      continue;
    }
    if (!script.url) continue;
    if (++linked > MAX_LINKED_SCRIPTS_PER_PAGE) {
      targets.push({ target: script.url, bytes: 0, status: 'fetch_failed', error: `more than ${MAX_LINKED_SCRIPTS_PER_PAGE} linked scripts on ${label}; the rest were skipped` });
      break;
    }
    if (/^https?:/i.test(script.url)) targets.push(await fromUrl(script.url, options, false));
    else if (base.dir && !/^[a-z][a-z0-9+.-]*:/i.test(script.url)) targets.push(...(await fromPath(resolve(base.dir, script.url.split(/[?#]/)[0] as string), options)));
    else targets.push({ target: script.url, bytes: 0, status: 'fetch_failed', error: `cannot resolve ${script.url} relative to ${label}` });
  }
  return targets;
}

async function fromUrl(url: string, options: CollectOptions, allowHtml: boolean): Promise<ScriptTarget> {
  const response = await fetchUrl(url, options.fetch);
  if (!response.ok) {
    return { target: url, bytes: 0, status: response.reason === 'too_large' ? 'too_large' : 'fetch_failed', error: response.message };
  }
  const result = fromBuffer(url, response.body);
  const html = /html/i.test(response.contentType ?? '') || (result.source !== undefined && looksLikeHtml(result.source));
  if (html && !allowHtml) return { target: url, bytes: response.body.length, status: 'not_javascript', error: 'the server answered with an HTML page, not a script' };
  return result;
}

async function fromPath(path: string, options: CollectOptions): Promise<ScriptTarget[]> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [{ target: path, bytes: 0, status: 'missing', error: code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(error)}` }];
  }
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase()) && !looksBinary(buffer)) {
    return expandHtml(path, buffer.toString('utf8'), { dir: dirname(path) }, options);
  }
  return [fromBuffer(path, buffer)];
}

/** Expands every argument into script targets, in order. */
export async function* collectTargets(inputs: readonly string[], options: CollectOptions): AsyncGenerator<ScriptTarget> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      const page = await fromUrl(input, options, true);
      if (page.source !== undefined && looksLikeHtml(page.source)) {
        yield* await expandHtml(input, page.source, { url: input }, options);
      } else {
        yield page;
      }
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const files: string[] = [];
      await walkDirectory(input, files);
      for (const file of files) yield* await fromPath(file, options);
    } else {
      yield* await fromPath(input, options);
    }
  }
}
