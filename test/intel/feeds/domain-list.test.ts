import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import domainList from '../../../src/intel/feeds/domain-list.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/domain-list/${name}`, import.meta.url), 'utf8');

test('domain list: domains cover their subdomains; comments, blank lines and IDN handled; bad lines counted, not thrown', () => {
  const result = domainList.parse(fixture('blocklist.txt'));
  assert.deepEqual(result.indicators.map((item) => `${item.kind}:${item.value}:${item.subdomains ?? ''}`), [
    'domain:evil.example:true',
    'domain:cdn.skimmer.example:true',
    'domain:wildcard.example:true',
    'domain:evil-caps.example:true',
    'domain:xn--bcher-phish-thb.example:true',
    'ip:192.0.2.44:',
  ]);
  assert.equal(result.badCount, 3);
  assert.deepEqual(result.bad.map((item) => item.line), [10, 11, 12]);
  assert.ok(result.bad.every((item) => item.reason === 'not a domain name'));
});

test('domain list: an empty or all-garbage dump gives no indicators and counts every line', () => {
  assert.deepEqual(domainList.parse('').indicators, []);
  const garbage = domainList.parse(Array.from({ length: 50 }, (_, i) => `<html>${i}</html>`).join('\n'));
  assert.equal(garbage.indicators.length, 0);
  assert.equal(garbage.badCount, 50);
  assert.equal(garbage.bad.length, 5);
});
