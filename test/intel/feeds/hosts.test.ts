import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import hosts from '../../../src/intel/feeds/hosts.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/hosts/${name}`, import.meta.url), 'utf8');

test('hosts: exact hosts, several per line, trailing comments; system names skipped silently; bad lines counted', () => {
  const result = hosts.parse(fixture('hosts.txt'));
  assert.deepEqual(
    result.indicators.map((item) => `${item.kind}:${item.value}:${item.subdomains}`),
    [
      'domain:evil.example:false',
      'domain:cdn.skimmer.example:false',
      'domain:tracker.example:false',
      'domain:ads.tracker.example:false',
      'domain:evil-caps.example:false',
      'domain:xn--bcher-phish-thb.example:false',
      // Taken although the same line also holds an invalid name.
      'domain:good-one.example:false',
    ],
  );
  assert.ok(result.indicators.every((item) => item.categories.length === 0 && item.exception === undefined));
  assert.equal(result.badCount, 5);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [28, 'address without a host name'],
      [29, 'not a host name'],
      [30, 'not an address followed by host names'],
      [31, 'not a host name'],
      [33, 'not an address followed by host names'],
    ],
  );
});

test('hosts: a file of system entries only gives nothing and reports nothing', () => {
  const result = hosts.parse('127.0.0.1 localhost localhost.localdomain\n::1 ip6-localhost ip6-loopback\n255.255.255.255 broadcasthost\n0.0.0.0 0.0.0.0\n');
  assert.deepEqual(result, { indicators: [], badCount: 0, bad: [] });
});

test('hosts: garbage is reported line by line', () => {
  const result = hosts.parse('<html>\n<body>502 Bad Gateway</body>\n</html>');
  assert.equal(result.indicators.length, 0);
  assert.equal(result.badCount, 3);
});
