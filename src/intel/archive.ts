/**
 * Feed dumps that arrive compressed: gzip (URLhaus and PhishTank `.gz`) and zip (URLhaus `csv.zip`, ThreatFox's full
 * dumps). Recognised by their magic bytes, whatever the URL or file name says. Both are bounded: a feed is fetched
 * from a third party, and a compression bomb (a few kilobytes inflating to gigabytes) must end the refresh with an
 * error, not the process.
 */
import { gunzipSync } from 'node:zlib';
import yauzl from 'yauzl';

/** A feed archive with more entries than this is not a feed dump (and reading its directory is work for nothing). */
export const MAX_ZIP_ENTRIES = 1_000;

export interface UnpackOptions {
  /** Largest decompressed size accepted. */
  maxBytes: number;
  /** For a zip with several files: the one to read. */
  zipEntry?: string;
}

export class ArchiveError extends Error {}

const isGzip = (body: Uint8Array): boolean => body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
const isZip = (body: Uint8Array): boolean => body.length > 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;

/** The feed's text: the body itself, or the one file it compresses. Throws ArchiveError with a sentence for the feed's state. */
export async function unpackFeed(body: Buffer, options: UnpackOptions): Promise<Buffer> {
  if (isGzip(body)) {
    try {
      return gunzipSync(body, { maxOutputLength: options.maxBytes });
    } catch (error) {
      throw new ArchiveError(`the gzip dump could not be read: ${(error as Error).message}`);
    }
  }
  if (isZip(body)) return unzipOne(body, options);
  return body;
}

function openZip(body: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // validateEntrySizes: inflating stops with an error as soon as an entry yields more than its directory record
    // declared, so the size checked below is the size read
    yauzl.fromBuffer(body, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > MAX_ZIP_ENTRIES) {
        zip.close();
        reject(new ArchiveError(`the zip dump holds more than ${MAX_ZIP_ENTRIES} entries`));
      } else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry, {});
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function unzipOne(body: Buffer, options: UnpackOptions): Promise<Buffer> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(body);
    const files = (await listEntries(zip)).filter((entry) => !entry.fileName.endsWith('/'));
    const chosen = options.zipEntry !== undefined ? files.find((entry) => entry.fileName === options.zipEntry) : files.length === 1 ? files[0] : undefined;
    if (!chosen) {
      const names = files.slice(0, 10).map((entry) => entry.fileName).join(', ');
      throw new ArchiveError(options.zipEntry !== undefined
        ? `the zip dump has no file "${options.zipEntry}" (it holds: ${names || 'nothing'})`
        : `the zip dump holds ${files.length} files (${names || 'none'}); name the one to read with "zip_entry"`);
    }
    if (chosen.uncompressedSize > options.maxBytes) throw new ArchiveError(`"${chosen.fileName}" in the zip dump inflates to ${chosen.uncompressedSize} bytes, over the ${options.maxBytes}-byte limit`);
    return await readEntry(zip, chosen);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`the zip dump could not be read: ${(error as Error).message}`);
  } finally {
    zip?.close();
  }
}
