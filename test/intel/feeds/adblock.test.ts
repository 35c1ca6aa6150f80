import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import adblock from '../../../src/intel/feeds/adblock.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/adblock/${name}`, import.meta.url), 'utf8');

const describe = (item: { kind: string; value: string; subdomains?: boolean; exception?: boolean }): string =>
  `${item.exception ? '@@' : ''}${item.kind}:${item.value}${item.subdomains === undefined ? '' : item.subdomains ? ':subdomains' : ':exact'}`;

test('adblock: whole-host network rules, exact and subdomain anchors, exceptions, options; cosmetic rules ignored', () => {
  const result = adblock.parse(fixture('filters.txt'));
  assert.deepEqual(result.indicators.map(describe), [
    'domain:evil.example:subdomains',
    'domain:cdn.skimmer.example:subdomains',
    'domain:miner.example:subdomains',
    'ip:192.0.2.10',
    'domain:exact-host.example:exact',
    'domain:exact-tls.example:exact',
    'domain:bare-exact.example:exact',
    '@@domain:cdn.goodshop.example:subdomains',
    '@@domain:allowed.example:subdomains',
    '@@domain:exact-allow.example:exact',
    'domain:wildcard.example:subdomains',
    'domain:noanchor.example:subdomains',
    'domain:plain-domain.example:subdomains',
  ]);
  assert.ok(result.indicators.every((item) => item.categories.length === 0));
  // Lines 20-26 (cosmetic), 31 (`$elemhide` exception), 32 (`$badfilter`), 33-35 (host-less patterns, a comment): silent.
  assert.equal(result.badCount, 6);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [27, 'not a network rule for a whole domain'],
      [28, 'not a network rule for a whole domain'],
      [29, 'not a network rule for a whole domain'],
      [30, 'not a network rule for a whole domain'],
      [36, 'not an adblock rule'],
    ],
  );
});

test('adblock: the sixth bad line is counted beyond the kept examples', () => {
  const result = adblock.parse(fixture('filters.txt').split('\n').slice(30).join('\n'));
  // From line 31 on: only `<!DOCTYPE html>` and `||bad_label-.example^` are bad.
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.text]),
    [
      [6, '<!DOCTYPE html>'],
      [7, '||bad_label-.example^'],
    ],
  );
  assert.equal(result.indicators.length, 0);
});

test('adblock: AdGuard DNS options and uppercase/IDN hosts', () => {
  const result = adblock.parse('||EVIL.Example^$dnstype=A,client=192.168.1.1\n||bücher.example^|\n@@||cdn.example^$domain=a.example|b.example\n');
  assert.deepEqual(result.indicators.map(describe), [
    'domain:evil.example:subdomains',
    'domain:xn--bcher-kva.example:subdomains',
    '@@domain:cdn.example:subdomains',
  ]);
  assert.equal(result.badCount, 0);
});

test('adblock: empty input and a list of comments only', () => {
  assert.deepEqual(adblock.parse(''), { indicators: [], badCount: 0, bad: [] });
  assert.deepEqual(adblock.parse('[Adblock Plus 2.0]\n! nothing today\n'), { indicators: [], badCount: 0, bad: [] });
});
