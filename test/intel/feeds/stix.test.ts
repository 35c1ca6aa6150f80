import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import stix from '../../../src/intel/feeds/stix.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/stix/${name}`, import.meta.url), 'utf8');

/** A bundle of indicators, each given as its pattern and any other properties. */
function bundle(...indicators: Record<string, unknown>[]): string {
  return JSON.stringify({
    type: 'bundle',
    id: 'bundle--00000000-0000-4000-8000-000000000000',
    objects: indicators.map((fields, index) => ({
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      pattern_type: 'stix',
      valid_from: '2026-01-01T00:00:00Z',
      ...fields,
    })),
  });
}

const values = (text: string): string[] => stix.parse(text).indicators.map((item) => `${item.kind}:${item.value}`);

test('stix: indicators of a bundle with their times, categories and labels; other objects and pattern languages skipped', () => {
  const result = stix.parse(fixture('bundle.json'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'url',
      value: 'https://cdn.skimmer.example/js/loader.js',
      categories: ['Spyware', 'Malware'],
      tags: ['magecart', 'skimmer'],
      id: 'indicator--11111111-0000-4000-8000-000000000001',
      validFrom: '2026-10-01T08:00:00Z',
      validUntil: '2027-10-01T08:00:00Z',
      modified: '2026-10-02T08:00:00.000Z',
    },
    // Two observations joined by OR; the escaped quote is unescaped; the domain is lower-cased and exact.
    {
      kind: 'url',
      value: "http://evil.example/it's/gate.php",
      categories: ['Command and Control & Botnet', 'Malware'],
      tags: ['botnet'],
      id: 'indicator--44444444-0000-4000-8000-000000000004',
      validFrom: '2026-10-03T00:00:00Z',
      modified: '2026-10-03T00:00:00.000Z',
    },
    {
      kind: 'domain',
      value: 'c2.evil.example',
      subdomains: false,
      categories: ['Command and Control & Botnet', 'Malware'],
      tags: ['botnet'],
      id: 'indicator--44444444-0000-4000-8000-000000000004',
      validFrom: '2026-10-03T00:00:00Z',
      modified: '2026-10-03T00:00:00.000Z',
    },
    // OR inside one bracket, no pattern_type; anomalous-activity says nothing, the phishing label does.
    {
      kind: 'domain',
      value: 'a.phish.example',
      subdomains: false,
      categories: ['Phishing'],
      tags: ['credential-phishing'],
      id: 'indicator--55555555-0000-4000-8000-000000000005',
      validFrom: '2026-10-04T00:00:00Z',
      modified: '2026-10-04T00:00:00.000Z',
    },
    {
      kind: 'domain',
      value: 'b.phish.example',
      subdomains: false,
      categories: ['Phishing'],
      tags: ['credential-phishing'],
      id: 'indicator--55555555-0000-4000-8000-000000000005',
      validFrom: '2026-10-04T00:00:00Z',
      modified: '2026-10-04T00:00:00.000Z',
    },
    // Three versions of one id (Jan, June revoked, March, in that order): only the newest by `modified` counts.
    {
      kind: 'domain',
      value: 'new-version.example',
      subdomains: false,
      categories: ['Malware'],
      id: 'indicator--22222222-0000-4000-8000-000000000002',
      validFrom: '2026-01-01T00:00:00Z',
      modified: '2026-06-01T00:00:00.000Z',
      revoked: true,
    },
    {
      kind: 'ip',
      value: '203.0.113.7',
      categories: ['Security threats'],
      id: 'indicator--aaaaaaaa-0000-4000-8000-00000000000a',
      validFrom: '2026-10-06T00:00:00Z',
      modified: '2026-10-06T00:00:00.000Z',
    },
    // Parenthesized observations; a /32 is one address; IPv6 lower-cased.
    {
      kind: 'ip',
      value: '192.0.2.1',
      categories: ['Cryptomining'],
      tags: ['cryptominer'],
      id: 'indicator--ffffffff-0000-4000-8000-00000000000f',
      validFrom: '2026-10-07T00:00:00Z',
      modified: '2026-10-07T00:00:00.000Z',
    },
    {
      kind: 'ip',
      value: '2001:db8::1',
      categories: ['Cryptomining'],
      tags: ['cryptominer'],
      id: 'indicator--ffffffff-0000-4000-8000-00000000000f',
      validFrom: '2026-10-07T00:00:00Z',
      modified: '2026-10-07T00:00:00.000Z',
    },
  ]);
  assert.equal(result.badCount, 7);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [7, 'unsupported pattern: AND (only OR alternatives)'],
      [8, "unsupported pattern: property file:hashes.'SHA-256'"],
      [9, 'unsupported pattern: operator LIKE'],
      [14, 'address ranges are not supported: 198.51.100.0/24'],
      [16, 'malformed pattern: unterminated string at offset 13'],
    ],
  );
  assert.equal(result.bad[2]?.text, "[url:value LIKE 'http://%.evil.example/%']");
  // The two not shown: 17 (no pattern) and 18 (not an object).
  const tail = stix.parse(JSON.stringify({ type: 'bundle', objects: (JSON.parse(fixture('bundle.json')) as { objects: unknown[] }).objects.slice(16) }));
  assert.deepEqual(tail.bad.map((item) => [item.line, item.reason]), [
    [1, 'indicator without a pattern'],
    [2, 'not a STIX object'],
  ]);
});

test('stix: the newest version wins even when it is the broken one, and on equal times the later object', () => {
  const id = 'indicator--12345678-0000-4000-8000-000000000000';
  const broken = bundle(
    { id, modified: '2026-02-01T00:00:00Z', pattern: "[domain-name:value = 'good-old.example']" },
    { id, modified: '2026-03-01T00:00:00.000Z', pattern: "[domain-name:value = 'not a host']" },
  );
  assert.deepEqual(values(broken), []);
  assert.deepEqual(stix.parse(broken).bad.map((item) => [item.line, item.reason]), [[2, 'not a domain name: not a host']]);
  const tie = bundle(
    { id, modified: '2026-02-01T00:00:00Z', pattern: "[domain-name:value = 'first.example']" },
    { id, modified: '2026-02-01T00:00:00.000Z', pattern: "[domain-name:value = 'second.example']" },
  );
  assert.deepEqual(values(tie), ['domain:second.example']);
  // Distinct ids are independent, and an unmodified revoked: false is not carried.
  assert.deepEqual(
    stix.parse(bundle({ pattern: "[url:value = 'http://a.example/']", revoked: false }, { pattern: "[url:value = 'http://b.example/']" })).indicators.map((item) => [item.value, item.revoked]),
    [
      ['http://a.example/', undefined],
      ['http://b.example/', undefined],
    ],
  );
});

test('stix: OR between and inside brackets, with parentheses, whitespace-free spelling and duplicates', () => {
  assert.deepEqual(
    values(
      bundle(
        { pattern: "([domain-name:value = 'a.example'] OR ([url:value = 'http://b.example/x'] OR [ipv4-addr:value = '192.0.2.5']))" },
        { pattern: "[(domain-name:value='c.example' OR domain-name:value='d.example') OR domain-name:value = 'c.example']" },
        { pattern: "[url:value = 'http://e.example/a\\\\b']" },
      ),
    ),
    ['domain:a.example', 'url:http://b.example/x', 'ip:192.0.2.5', 'domain:c.example', 'domain:d.example', 'url:http://e.example/a\\b'],
  );
});

test('stix: patterns that are not a list of alternatives are bad, with the construct named', () => {
  const cases: [string, string][] = [
    ["[url:value MATCHES '^http://evil']", 'unsupported pattern: operator MATCHES'],
    ["[domain-name:value = 'a.example'] FOLLOWEDBY [domain-name:value = 'b.example']", 'unsupported pattern: FOLLOWEDBY (only OR alternatives)'],
    ["[domain-name:value = 'a.example'] AND [url:value = 'http://b.example/']", 'unsupported pattern: AND (only OR alternatives)'],
    ["[url:value = 'http://a.example/'] WITHIN 300 SECONDS", 'unsupported pattern: qualifier WITHIN'],
    ["[domain-name:value != 'a.example']", 'unsupported pattern: operator !='],
    ["[domain-name:value NOT = 'a.example']", 'unsupported pattern: operator NOT'],
    ["[ipv4-addr:value IN ('192.0.2.1', '192.0.2.2')]", 'unsupported pattern: operator IN'],
    ["[network-traffic:dst_ref.value = '192.0.2.1']", 'unsupported pattern: property network-traffic:dst_ref.value'],
    // One bad value spoils the whole indicator: nothing of it is indexed.
    ["[domain-name:value = 'a.example' OR url:value = 'not a url']", 'not an http(s) URL: not a url'],
    ["[domain-name:value = 'a.example'", "malformed pattern: expected ']', found end of pattern"],
    ["[domain-name:value = 'a\\x.example']", 'malformed pattern: invalid escape at offset 23'],
    ["[domain-name:value = 'a.example'] ]", 'malformed pattern: unexpected "]" at offset 34'],
    ['', 'indicator without a pattern'],
  ];
  for (const [pattern, reason] of cases) {
    const result = stix.parse(bundle({ pattern }));
    assert.deepEqual([result.indicators, result.badCount, result.bad[0]?.reason], [[], 1, reason], pattern);
  }
});

test('stix: STIX 2.0 labels, TAXII envelopes; non-bundles and invalid JSON are one bad record', () => {
  const stix20 = JSON.stringify({
    type: 'bundle',
    spec_version: '2.0',
    objects: [{ type: 'indicator', id: 'indicator--1', labels: ['malicious-activity', 'c2'], pattern: "[ipv4-addr:value = '198.51.100.9']", valid_from: '2017-01-01T00:00:00Z' }],
  });
  assert.deepEqual(stix.parse(stix20).indicators, [
    { kind: 'ip', value: '198.51.100.9', categories: ['Command and Control & Botnet', 'Malware'], tags: ['malicious-activity', 'c2'], id: 'indicator--1', validFrom: '2017-01-01T00:00:00Z' },
  ]);
  const envelope = JSON.stringify({ more: false, objects: [{ type: 'indicator', id: 'indicator--2', indicator_types: ['attribution'], pattern: "[domain-name:value = 'x.example']" }] });
  assert.deepEqual(stix.parse(envelope).indicators, [{ kind: 'domain', value: 'x.example', subdomains: false, categories: [], id: 'indicator--2' }]);
  assert.deepEqual(stix.parse('{"type": "identity"}').bad, [{ line: 1, text: '{"type":"identity"}', reason: 'not a STIX bundle (no "objects" array)' }]);
  const invalid = stix.parse('{\n  "type": "bundle",\n  "objects": [\n    {"type": "indicator",}\n  ]\n}');
  assert.deepEqual([invalid.badCount, invalid.bad[0]?.line, invalid.bad[0]?.text], [1, 4, '    {"type": "indicator",}']);
});
