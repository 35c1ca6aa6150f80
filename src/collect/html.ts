/**
 * Extracts every piece of JavaScript an HTML page can run: inline <script> bodies, external script URLs, on*
 * event-handler attributes and javascript: URLs. Pure (no I/O): fetching external scripts is the caller's job.
 *
 * Skimmers hide wherever a browser will still execute code, so the rules follow what browsers do rather than what
 * well-formed HTML looks like, and lean towards reporting too much: a script that never runs costs a scan, a
 * missed one costs a card number. Tokenising is done by htmlparser2, which handles the raw-text rules (script,
 * style, textarea, xmp, plaintext…) and foreign content (svg/math) like a browser does, and tolerates broken markup.
 */
import { Parser } from 'htmlparser2';

export type HtmlScriptKind = 'inline' | 'external' | 'event-handler' | 'javascript-url';

export interface HtmlScript {
  kind: HtmlScriptKind;
  /** Code for inline / event-handler / javascript-url (a javascript: URL is percent-decoded like a browser does). */
  source?: string;
  /** Absolute URL of an external script, or the value as written when it cannot be resolved. */
  url?: string;
  /** 1-based line in the HTML where the code (external: the tag) starts. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
  /** Human label, e.g. "inline script #2", "onclick of <button>", "javascript: URL in <a href>", or the URL. */
  label: string;
}

/** MIME types the HTML standard runs as classic scripts ("JavaScript MIME type essence match"), plus modules. */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
  'module',
]);

/** Attributes whose URL a browser navigates to, submits to or loads, so a javascript: value there runs code. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href']);

interface AttributeOccurrence {
  name: string;
  value: string;
  /** Offset of the value's first character in the HTML (or of where it would be, for an empty value). */
  valueOffset: number;
}

export function extractScripts(html: string, pageUrl?: string): HtmlScript[] {
  const locate = createLocator(html);
  const scripts: HtmlScript[] = [];
  let inlineCount = 0;
  // URLs resolve against the page until the first <base href> is seen, as the browser fetches scripts it meets
  // before the <base> element with the document URL.
  let baseUrl: string | undefined = pageUrl;
  let baseElementSeen = false;
  let attributes: AttributeOccurrence[] = [];
  let openInlineScript: { contentOffset: number; text: string } | null = null;
  let parser: Parser | null = null;

  const push = (script: Omit<HtmlScript, 'line' | 'column'>, offset: number): void => {
    scripts.push({ ...script, ...locate(offset) });
  };

  const emitAttributeCode = (tagName: string): void => {
    const seen = new Set<string>();
    for (const attribute of attributes) {
      // A repeated attribute is dropped by the browser, so only the first occurrence can run.
      if (seen.has(attribute.name)) continue;
      seen.add(attribute.name);
      if (isEventHandlerName(attribute.name)) {
        if (attribute.value.trim() === '') continue;
        push(
          { kind: 'event-handler', source: attribute.value, label: `${attribute.name} of <${tagName}>` },
          attribute.valueOffset,
        );
      } else if (URL_ATTRIBUTES.has(attribute.name)) {
        const source = javascriptUrlSource(attribute.value);
        if (source === null) continue;
        push(
          { kind: 'javascript-url', source, label: `javascript: URL in <${tagName} ${attribute.name}>` },
          attribute.valueOffset + javascriptPrefixLength(html, attribute.valueOffset),
        );
      }
    }
  };

  const handleScriptTag = (attribs: Record<string, string>, tagOffset: number, tagEndOffset: number): void => {
    if (!isJavaScriptType(attribs.type, attribs.language)) return;
    const src = attribs.src;
    if (src !== undefined) {
      // With src, the browser ignores the element's body. An empty src only fires an error event: nothing runs.
      if (src.trim() !== '') emitExternal(src, tagOffset);
      return;
    }
    // SVG <script> loads from href / xlink:href. In HTML those attributes mean nothing and the body runs, so
    // report both rather than guess which namespace the element ended up in.
    const svgReference = attribs.href ?? attribs['xlink:href'];
    if (svgReference !== undefined && svgReference.trim() !== '') emitExternal(svgReference, tagOffset);
    openInlineScript = { contentOffset: tagEndOffset + 1, text: '' };
  };

  const emitExternal = (reference: string, tagOffset: number): void => {
    const url = resolveUrl(reference, baseUrl) ?? reference;
    push({ kind: 'external', url, label: url }, tagOffset);
  };

  const finishInlineScript = (): void => {
    if (openInlineScript === null) return;
    const { text, contentOffset } = openInlineScript;
    openInlineScript = null;
    if (text.trim() === '') return;
    inlineCount++;
    push({ kind: 'inline', source: text, label: `inline script #${inlineCount}` }, contentOffset);
  };

  const handleBaseTag = (href: string | undefined): void => {
    if (baseElementSeen || href === undefined) return;
    baseElementSeen = true;
    const resolved = resolveUrl(href, pageUrl);
    // Browsers ignore a data: or javascript: base and keep the document URL.
    if (resolved !== undefined && !/^(?:data|javascript):/i.test(resolved)) baseUrl = resolved;
  };

  parser = new Parser(
    {
      onopentagname() {
        attributes = [];
      },
      onattribute(name, value) {
        // During this callback the parser's startIndex is the attribute name's offset.
        const nameOffset = parser?.startIndex ?? 0;
        attributes.push({ name, value, valueOffset: attributeValueOffset(html, nameOffset) });
      },
      onopentag(tagName, attribs) {
        const tagOffset = parser?.startIndex ?? 0;
        const tagEndOffset = parser?.endIndex ?? tagOffset;
        emitAttributeCode(tagName);
        attributes = [];
        if (tagName === 'base') handleBaseTag(attribs.href);
        else if (tagName === 'script') handleScriptTag(attribs, tagOffset, tagEndOffset);
      },
      ontext(text) {
        if (openInlineScript !== null) openInlineScript.text += text;
      },
      onclosetag(tagName) {
        if (tagName === 'script') finishInlineScript();
      },
      onend() {
        // An unclosed <script> runs to the end of the document in a browser too.
        finishInlineScript();
      },
    },
    { decodeEntities: true },
  );
  parser.parseComplete(html);
  return scripts;
}

function isEventHandlerName(name: string): boolean {
  return name.length > 2 && name.startsWith('on');
}

/**
 * Whether a <script> with these type / language attributes is executed. Follows the HTML standard, except that
 * MIME parameters ("text/javascript; charset=utf-8") and blank types are accepted: some browsers have run those,
 * and reporting a script that does not run is cheap.
 */
function isJavaScriptType(type: string | undefined, language: string | undefined): boolean {
  let declared: string;
  if (type !== undefined && type.trim() !== '') declared = type;
  else if (type === undefined && language !== undefined && language.trim() !== '') declared = `text/${language}`;
  else return true;
  const essence = (declared.split(';')[0] ?? '').trim().toLowerCase();
  return JAVASCRIPT_TYPES.has(essence);
}

/**
 * The code a javascript: URL runs, or null if the value is not one. Parsing with the WHATWG URL parser reproduces
 * the browser's tricks exactly: leading spaces and control characters are stripped, tabs and newlines anywhere
 * ("java&#9;script:") are removed, and the scheme is case-insensitive.
 */
function javascriptUrlSource(value: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'javascript:') return null;
  return percentDecode(parsed.href.slice('javascript:'.length));
}

/** Length of a literal, unobfuscated `javascript:` prefix at `offset`, so positions point at the code itself. */
function javascriptPrefixLength(html: string, offset: number): number {
  let start = offset;
  // The URL parser strips leading C0 controls and spaces, so the code starts after them too.
  while (start < html.length && html.charCodeAt(start) <= 0x20) start++;
  const scheme = 'javascript:';
  return html.slice(start, start + scheme.length).toLowerCase() === scheme ? start + scheme.length - offset : 0;
}

/** Percent-decoding as the URL standard does it: on UTF-8 bytes, leaving malformed escapes untouched. */
function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const input = Buffer.from(text, 'utf8');
  const output = Buffer.alloc(input.length);
  let length = 0;
  for (let index = 0; index < input.length; index++) {
    const byte = input[index] ?? 0;
    if (byte === 0x25 && isHexDigit(input[index + 1]) && isHexDigit(input[index + 2])) {
      output[length++] = Number.parseInt(input.toString('latin1', index + 1, index + 3), 16);
      index += 2;
    } else {
      output[length++] = byte;
    }
  }
  // Invalid UTF-8 becomes U+FFFD, as in the browser's UTF-8 decode.
  return output.toString('utf8', 0, length);
}

function isHexDigit(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  const lower = byte | 0x20;
  return (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}

function resolveUrl(reference: string, base: string | undefined): string | undefined {
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Offset of an attribute's value given the offset of its name: skip the name, then `=` with optional whitespace
 * around it, then an opening quote. Done on the raw HTML because the parser only reports decoded values.
 */
function attributeValueOffset(html: string, nameOffset: number): number {
  let offset = nameOffset;
  while (offset < html.length && !/[\s=/>]/.test(html.charAt(offset))) offset++;
  while (offset < html.length && /\s/.test(html.charAt(offset))) offset++;
  if (html.charAt(offset) !== '=') return offset;
  offset++;
  while (offset < html.length && /\s/.test(html.charAt(offset))) offset++;
  const quote = html.charAt(offset);
  return quote === '"' || quote === "'" ? offset + 1 : offset;
}

/** Maps an offset to a 1-based line and column; CRLF, CR and LF each end a line, as in the HTML tokenizer. */
function createLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x0a || (char === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
