/**
 * A small RFC 4180 CSV reader for the feeds that publish CSV dumps (PhishTank, URLhaus, ThreatFox…). Written here
 * rather than taken from npm because feed parsers must never throw and must report where a record went wrong: every
 * row keeps the line it starts on and its source text, and a syntax problem is attached to the row instead of
 * aborting the parse.
 *
 * Accepted beyond the RFC, because real dumps do it: `\n` as well as `\r\n` line ends, a UTF-8 byte-order mark,
 * blank lines (skipped), `#` comment lines (skipped; abuse.ch dumps open with a block of them), and a `"` inside an
 * unquoted field (kept literally).
 */

export interface CsvRow {
  /** 1-based line on which the row starts (a quoted field may carry it over several lines). */
  line: number;
  fields: string[];
  /** The row's source text without its final line break, for bad-record examples. */
  text: string;
  /** Set when the row is malformed CSV: an unterminated quoted field, or text after a closing quote. */
  error?: string;
}

interface Scan {
  rows: CsvRow[];
  /** Comment lines (`#` at the start of a record), with the `#` kept. */
  comments: { line: number; text: string }[];
}

/** Index of the next line break (`\n`, or the `\r` of `\r\n`) at or after `from`, or the text's length. */
function lineEnd(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  if (newline === -1) return source.length;
  return newline > from && source[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Length of the line break at `at` (0 at the end of the text). */
function breakLength(source: string, at: number): number {
  if (source[at] === '\n') return 1;
  return source[at] === '\r' && source[at + 1] === '\n' ? 2 : 0;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function scan(text: string): Scan {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const comments: Scan['comments'] = [];
  let pos = 0;
  let line = 1;
  while (pos < source.length) {
    const start = pos;
    const startLine = line;
    const firstLineEnd = lineEnd(source, pos);
    const firstLine = source.slice(pos, firstLineEnd);
    // Comments and blank lines are recognised only where a record could begin, never inside a quoted field.
    if (firstLine.trim() === '' || firstLine.trimStart().startsWith('#')) {
      if (firstLine.trim() !== '') comments.push({ line, text: firstLine });
      pos = firstLineEnd + breakLength(source, firstLineEnd);
      line++;
      continue;
    }
    const fields: string[] = [];
    let error: string | undefined;
    while (true) {
      let field = '';
      if (source[pos] === '"') {
        pos++;
        let closed = false;
        while (pos < source.length) {
          const quote = source.indexOf('"', pos);
          if (quote === -1) break;
          field += source.slice(pos, quote);
          if (source[quote + 1] === '"') {
            field += '"';
            pos = quote + 2;
          } else {
            pos = quote + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          field += source.slice(pos);
          pos = source.length;
          error ??= 'unterminated quoted field';
        }
        line += countNewlines(field);
        // `"a"b,` is not CSV; keep the stray text so the field is still visible in the example, and flag the row.
        const stray = /[^,\r\n]*/y;
        stray.lastIndex = pos;
        const extra = stray.exec(source)?.[0] ?? '';
        if (extra !== '') {
          field += extra;
          pos += extra.length;
          error ??= 'text after a closing quote';
        }
      } else {
        const plain = /[^,\r\n]*/y;
        plain.lastIndex = pos;
        field = plain.exec(source)?.[0] ?? '';
        pos += field.length;
        // A lone `\r` (not followed by `\n`) is ordinary text in a field.
        while (source[pos] === '\r' && source[pos + 1] !== '\n') {
          plain.lastIndex = pos + 1;
          const more = plain.exec(source)?.[0] ?? '';
          field += '\r' + more;
          pos += 1 + more.length;
        }
      }
      fields.push(field);
      if (source[pos] === ',') {
        pos++;
        continue;
      }
      break;
    }
    const end = pos;
    const skip = breakLength(source, pos);
    if (skip > 0) {
      pos += skip;
      line++;
    }
    const row: CsvRow = { line: startLine, fields, text: source.slice(start, end) };
    if (error !== undefined) row.error = error;
    rows.push(row);
  }
  return { rows, comments };
}

/** The rows of a CSV text, each with the 1-based line it starts on; comment and blank lines are left out. */
export function parseCsvRows(text: string): CsvRow[] {
  return scan(text).rows;
}

/** The rows of a CSV text as plain arrays of fields. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).map((row) => row.fields);
}

export interface CsvRecord extends CsvRow {
  /**
   * Fields by (lower-cased) column name. A column the row is too short for is absent. Set `error` as well when the
   * row does not have exactly one field per column (usually an unquoted comma shifting every later column).
   */
  values: Record<string, string | undefined>;
}

export interface CsvTable {
  /** Column names, trimmed and lower-cased (feeds are not consistent about case). Empty when there is no header. */
  header: string[];
  /** Line of the header, 0 when there is none. */
  headerLine: number;
  /** The header's source text, for reporting a header that lacks a required column. */
  headerText: string;
  /** Data rows after the header. */
  rows: CsvRecord[];
  /** Required columns the header does not have (lower-cased); the caller decides whether that ruins the dump. */
  missing: string[];
}

export interface CsvOptions {
  /**
   * The header is the last comment line before the first row, with its `#` removed: abuse.ch dumps write
   * `# id,dateadded,url,…` so that the header is skipped by tools that ignore comments.
   */
  headerInComment?: boolean;
}

/**
 * A CSV text as records keyed by header name, so that a parser finds its columns by name and keeps working when a
 * feed reorders or adds columns. The first row is the header unless `headerInComment` is set.
 */
export function csvRecords(text: string, requiredColumns: string[], options: CsvOptions = {}): CsvTable {
  const { rows, comments } = scan(text);
  let headerRow: { line: number; fields: string[]; text: string } | undefined;
  let dataRows = rows;
  if (options.headerInComment) {
    const firstDataLine = rows[0]?.line ?? Number.POSITIVE_INFINITY;
    const comment = comments.filter((item) => item.line < firstDataLine && item.text.replace(/^\s*#/, '').trim() !== '').at(-1);
    if (comment) {
      const fields = scan(comment.text.replace(/^\s*#\s*/, '')).rows[0]?.fields ?? [];
      headerRow = { line: comment.line, fields, text: comment.text };
    }
  } else if (rows[0]) {
    headerRow = rows[0];
    dataRows = rows.slice(1);
  }
  const header = (headerRow?.fields ?? []).map((name) => name.trim().toLowerCase());
  const present = new Set(header);
  const missing = requiredColumns.map((name) => name.toLowerCase()).filter((name) => !present.has(name));
  const records = dataRows.map((row): CsvRecord => {
    const values: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
    // The first column of a name wins if a feed ever repeats one.
    header.forEach((name, index) => {
      if (!(name in values) && index < row.fields.length) values[name] = row.fields[index];
    });
    const record: CsvRecord = { ...row, values };
    if (record.error === undefined && header.length > 0 && row.fields.length !== header.length) {
      record.error = `expected ${header.length} fields, found ${row.fields.length}`;
    }
    return record;
  });
  return {
    header,
    headerLine: headerRow?.line ?? 0,
    headerText: headerRow?.text ?? '',
    rows: records,
    missing,
  };
}
