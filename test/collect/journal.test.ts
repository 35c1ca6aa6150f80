/** The report journal: what is acknowledged is on disk, torn lines are recognised, segments follow the checkpoint. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineOf, readSegment, readSegmentText, ReportJournal } from '../../src/collect/journal.ts';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'skimguard-journal-'));

test('appends of one event-loop turn are written together, in order, before their promises resolve', async () => {
  const dir = fresh();
  const journal = new ReportJournal({ dir, fsync: false });
  assert.deepEqual(journal.open(-1), { segments: [], lastSegment: -1 });
  const file = join(dir, '000000000000.log');
  const written = [1, 2, 3].map((n) => journal.append({ n }));
  assert.equal(readFileSync(file, 'utf8'), '', 'nothing is written before the turn ends');
  await Promise.all(written);
  assert.deepEqual(readSegmentText(readFileSync(file, 'utf8')).records, [{ n: 1 }, { n: 2 }, { n: 3 }]);
  await journal.close();
  rmSync(dir, { recursive: true });
});

test('with fsync on, appends resolve after the sync', async () => {
  const dir = fresh();
  const journal = new ReportJournal({ dir, fsync: true });
  journal.open(-1);
  await Promise.all([journal.append({ a: 1 }), journal.append({ a: 2 })]);
  assert.equal(readSegmentText(readFileSync(join(dir, '000000000000.log'), 'utf8')).records.length, 2);
  await journal.close();
  rmSync(dir, { recursive: true });
});

test('rotation: appends before it go to the ended segment, after it to the next; reopening replays above the checkpoint', async () => {
  const dir = fresh();
  const journal = new ReportJournal({ dir, fsync: false });
  journal.open(-1);
  const before = journal.append({ segment: 0 });
  assert.equal(journal.rotate(), 0);
  await before;
  await journal.append({ segment: 1 });
  assert.equal(journal.rotate(), 1);
  await journal.append({ segment: 2 });
  await journal.close();
  const reopened = new ReportJournal({ dir, fsync: false });
  assert.deepEqual(reopened.open(0), { segments: [1, 2], lastSegment: 2 });
  assert.deepEqual([1, 2].map((segment) => readSegment(dir, segment)), [{ records: [{ segment: 1 }], damaged: 0 }, { records: [{ segment: 2 }], damaged: 0 }]);
  assert.equal(reopened.segment, 3);
  assert.ok(!readdirSync(dir).includes('000000000000.log'), 'segments at or below the checkpoint are deleted');
  reopened.discardThrough(2);
  assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.log')), ['000000000003.log']);
  await reopened.close();
  rmSync(dir, { recursive: true });
});

test('a torn last line and a damaged line are skipped and counted, the rest replayed', () => {
  const dir = fresh();
  const file = join(dir, '000000000007.log');
  writeFileSync(file, lineOf({ ok: 1 }) + lineOf({ ok: 2 }).replace('"ok":2', '"ok":3') + lineOf({ ok: 4 }));
  appendFileSync(file, lineOf({ torn: true }).slice(0, 10));
  const journal = new ReportJournal({ dir, fsync: false });
  assert.deepEqual(journal.open(-1), { segments: [7], lastSegment: 7 });
  assert.deepEqual(readSegment(dir, 7), { records: [{ ok: 1 }, { ok: 4 }], damaged: 2 });
  assert.equal(journal.segment, 8);
  rmSync(dir, { recursive: true });
});

test('a journal held by another live process is refused; one left by a dead process is taken over', async () => {
  const dir = fresh();
  const sleeper = spawn('sleep', ['30']);
  writeFileSync(join(dir, 'lock'), String(sleeper.pid));
  assert.throws(() => new ReportJournal({ dir, fsync: false }).open(-1), { code: 'SG_CONFIG', message: /in use by process/ });
  sleeper.kill('SIGKILL');
  await new Promise((resolve) => sleeper.once('exit', resolve));
  const journal = new ReportJournal({ dir, fsync: false });
  journal.open(-1);
  assert.equal(readFileSync(join(dir, 'lock'), 'utf8'), String(process.pid));
  await journal.close();
  rmSync(dir, { recursive: true });
});

test('with fsync on, lines around a rotation are all synced and acknowledged, each in its own segment', async () => {
  const dir = fresh();
  const journal = new ReportJournal({ dir, fsync: true });
  journal.open(-1);
  const first = [journal.append({ n: 1 }), journal.append({ n: 2 })];
  await new Promise((resolve) => setImmediate(resolve)); // written; its sync may be in flight
  const second = journal.append({ n: 3 });
  assert.equal(journal.rotate(), 0);
  const third = journal.append({ n: 4 });
  await Promise.all([...first, second, third]);
  await journal.close();
  const read = (name: string): unknown[] => readSegmentText(readFileSync(join(dir, name), 'utf8')).records;
  assert.deepEqual([read('000000000000.log'), read('000000000001.log')], [[{ n: 1 }, { n: 2 }, { n: 3 }], [{ n: 4 }]]);
  rmSync(dir, { recursive: true });
});
