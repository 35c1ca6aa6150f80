import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { feedFormat, feedFormats } from '../../../src/intel/feeds/index.ts';
import { isCategory } from '../../../src/intel/categories.ts';

test('every format is registered once under its own id, with valid default categories, and parses garbage without throwing', () => {
  const ids = feedFormats.map((format) => format.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const format of feedFormats) {
    assert.equal(feedFormat(format.meta.id), format);
    assert.ok(format.meta.defaultCategories.length > 0 && format.meta.defaultCategories.every(isCategory), format.meta.id);
    for (const garbage of ['', '\u0000\u0001binary', '<html><body>502 Bad Gateway</body></html>', '{"truncated": [', 'a,b,c\n"unterminated']) {
      const result = format.parse(garbage);
      assert.equal(result.indicators.length, 0, `${format.meta.id} on ${JSON.stringify(garbage)}`);
    }
  }
  assert.equal(feedFormat('no-such-format'), undefined);
});

test('each parser file in src/intel/feeds is a registered format (shared helpers excepted)', () => {
  const helpers = new Set(['feed.ts', 'syntax.ts', 'csv.ts', 'abuse-ch.ts', 'records.ts', 'index.ts']);
  const files = readdirSync(new URL('../../../src/intel/feeds/', import.meta.url)).filter((name) => name.endsWith('.ts') && !helpers.has(name));
  assert.deepEqual(files.map((name) => name.replace(/\.ts$/, '')).sort(), feedFormats.map((format) => format.meta.id).sort());
});
