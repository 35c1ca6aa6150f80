/** Compressed feed dumps: gzip and zip are unpacked within a size limit, and a bomb ends with a sentence, not a crash. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { ArchiveError, unpackFeed } from '../../src/intel/archive.ts';
import { zipOf } from './zip.ts';

const MB = 1024 * 1024;
const csv = '# URLhaus\n"1","2026-11-20 10:00:00","http://evil.example/a.js","online","","malware_download","js","https://urlhaus.abuse.ch/url/1/","x"\n';

test('plain text passes through; gzip and a one-file zip are unpacked', async () => {
  assert.equal((await unpackFeed(Buffer.from(csv), { maxBytes: MB })).toString(), csv);
  assert.equal((await unpackFeed(gzipSync(csv), { maxBytes: MB })).toString(), csv);
  assert.equal((await unpackFeed(await zipOf({ 'csv.txt': csv }), { maxBytes: MB })).toString(), csv);
});

test('a zip with several files needs zip_entry, and names the files it holds', async () => {
  const body = await zipOf({ 'readme.txt': 'about', 'data/full.csv': csv });
  await assert.rejects(unpackFeed(body, { maxBytes: MB }), (error: Error) => error instanceof ArchiveError && /holds 2 files \(readme\.txt, data\/full\.csv\); name the one to read with "zip_entry"/.test(error.message));
  assert.equal((await unpackFeed(body, { maxBytes: MB, zipEntry: 'data/full.csv' })).toString(), csv);
  await assert.rejects(unpackFeed(body, { maxBytes: MB, zipEntry: 'other.csv' }), /has no file "other\.csv"/);
});

test('bombs: an entry declared over the limit, an entry inflating past what it declared, gzip past the limit', async () => {
  const zeros = Buffer.alloc(8 * MB);
  const bomb = await zipOf({ 'csv.txt': zeros });
  assert.ok(bomb.length < 64 * 1024, 'the archive is small');
  await assert.rejects(unpackFeed(bomb, { maxBytes: MB }), /inflates to 8388608 bytes, over the 1048576-byte limit/);

  // The same archive, its directory lying that the entry is 1,000 bytes: inflating stops at the lie.
  const lying = Buffer.from(bomb);
  const directory = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  assert.ok(directory > 0);
  lying.writeUInt32LE(1000, directory + 24);
  await assert.rejects(unpackFeed(lying, { maxBytes: MB }), (error: Error) => error instanceof ArchiveError && /zip dump could not be read/.test(error.message));

  await assert.rejects(unpackFeed(gzipSync(zeros), { maxBytes: MB }), (error: Error) => error instanceof ArchiveError && /gzip dump could not be read/.test(error.message));
});

test('a damaged zip is an error with a sentence', async () => {
  const body = await zipOf({ 'csv.txt': csv });
  await assert.rejects(unpackFeed(body.subarray(0, body.length - 30), { maxBytes: MB }), (error: Error) => error instanceof ArchiveError);
});
