import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { activeAssertions, applySnapshot, canonicalIndicator, type AssertionRecord } from '../../src/intel/state.ts';
import { ThreatIndex } from '../../src/intel/index/threat-index.ts';
import domainList from '../../src/intel/feeds/domain-list.ts';
import type { Indicator, ParseResult } from '../../src/intel/feeds/feed.ts';

const feed = { id: 'blocklist' };
const day = (n: number): Date => new Date(Date.UTC(2026, 10, n));
const snapshot = (indicators: Indicator[]): ParseResult => ({ indicators, badCount: 0, bad: [] });
const keys = (records: readonly AssertionRecord[]): string[] => records.map((record) => record.key).sort();

describe('feed state and deltas', () => {
  const first = applySnapshot([], domainList.parse('evil.example\nskim.example\n'), feed, domainList, day(1));
  test('a first refresh adds everything it lists', () => {
    assert.deepEqual(keys(first.delta.added), ['blocklist|domain|evil.example', 'blocklist|domain|skim.example']);
    assert.deepEqual(first.delta.removed, []);
    assert.ok(first.records.every((record) => record.status === 'active' && record.firstSeen === day(1).toISOString()));
  });

  const second = applySnapshot(first.records, domainList.parse('evil.example\nminer.example\n'), feed, domainList, day(2));
  test('a domain the feed stops listing is removed; a new one added; one still listed keeps its first sighting', () => {
    assert.deepEqual(keys(second.delta.added), ['blocklist|domain|miner.example']);
    assert.deepEqual(keys(second.delta.removed), ['blocklist|domain|skim.example']);
    assert.equal(second.delta.removed[0]?.status, 'removed');
    const evil = second.records.find((record) => record.indicator === 'evil.example');
    assert.equal(evil?.firstSeen, day(1).toISOString());
    assert.equal(evil?.lastSeen, day(2).toISOString());
  });

  test('a removed domain no longer matches once the index is rebuilt from the active records', () => {
    const before = ThreatIndex.build(activeAssertions(first.records)).index;
    const after = ThreatIndex.build(activeAssertions(second.records)).index;
    assert.equal(before.check('cdn.skim.example').domain_reported_malicious, true);
    assert.equal(after.check('cdn.skim.example').domain_reported_malicious, false);
    assert.equal(after.check('miner.example').domain_reported_malicious, true);
  });

  test('listed again after removal: added again, first sighting kept', () => {
    const third = applySnapshot(second.records, domainList.parse('evil.example\nminer.example\nskim.example\n'), feed, domainList, day(3));
    assert.deepEqual(keys(third.delta.added), ['blocklist|domain|skim.example']);
    assert.equal(third.records.find((record) => record.indicator === 'skim.example')?.firstSeen, day(1).toISOString());
  });

  test('categories the feed changes are a change, not an add', () => {
    const tagged = (categories: Indicator['categories']): ParseResult => snapshot([{ kind: 'url', value: 'http://a.example/x.js', categories }]);
    const one = applySnapshot([], tagged(['Malware']), feed, domainList, day(1));
    const two = applySnapshot(one.records, tagged(['Spyware']), feed, domainList, day(2));
    assert.deepEqual(two.delta.added, []);
    assert.deepEqual(two.delta.changed.map((change) => [change.before, change.after]), [[['Security threats', 'Malware'], ['Security threats', 'Spyware']]]);
  });

  test('validity window, revocation and the user allow-list', () => {
    const indicators: Indicator[] = [
      { kind: 'domain', value: 'later.example', categories: [], validFrom: day(5).toISOString() },
      { kind: 'domain', value: 'old.example', categories: [], validUntil: day(2).toISOString() },
      { kind: 'domain', value: 'withdrawn.example', categories: [], revoked: true },
      { kind: 'domain', value: 'fp.example', categories: [] },
      { kind: 'domain', value: 'live.example', categories: [], validUntil: day(9).toISOString() },
    ];
    const result = applySnapshot([], snapshot(indicators), feed, domainList, day(3), new Set(['fp.example']));
    const status = Object.fromEntries(result.records.map((record) => [record.indicator, record.status]));
    assert.deepEqual(status, { 'old.example': 'expired', 'withdrawn.example': 'revoked', 'fp.example': 'allow-listed', 'live.example': 'active' });
    assert.deepEqual(keys(result.delta.added), ['blocklist|domain|live.example']);
    // the same snapshot after live.example's validity ends: removed as expired
    const later = applySnapshot(result.records, snapshot(indicators), feed, domainList, day(10), new Set(['fp.example']));
    assert.deepEqual(later.delta.removed.map((record) => `${record.indicator}:${record.status}`), ['live.example:expired']);
    assert.deepEqual(keys(later.delta.added), ['blocklist|domain|later.example']);
  });

  test('one indicator spelled two ways is one record', () => {
    assert.equal(canonicalIndicator('url', 'HTTP://A.example:80/x/../y'), canonicalIndicator('url', 'http://a.example/y'));
    const twice = applySnapshot([], snapshot([
      { kind: 'url', value: 'http://a.example/y', categories: ['Malware'] },
      { kind: 'url', value: 'HTTP://A.example/x/../y', categories: ['Spyware'] },
    ]), feed, domainList, day(1));
    assert.equal(twice.records.length, 1);
    assert.deepEqual(twice.records[0]?.categories, ['Security threats', 'Spyware', 'Malware']);
  });
});
