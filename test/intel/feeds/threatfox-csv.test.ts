import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import threatfoxCsv, { tightenQuotedFields } from '../../../src/intel/feeds/threatfox-csv.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/threatfox-csv/${name}`, import.meta.url), 'utf8');

test('threatfox-csv: padded quoted fields, header in the last comment; url/domain/ip:port kept, hashes skipped silently', () => {
  const result = threatfoxCsv.parse(fixture('full.csv'));
  assert.deepEqual(result.indicators, [
    // ip:port loses its port; the alias list (commas inside a padded quoted field) stays one field.
    {
      kind: 'ip',
      value: '198.51.100.23',
      categories: ['Command and Control & Botnet'],
      tags: ['Cobalt Strike', 'c2', 'CobaltStrike'],
      id: '1500001',
      firstSeen: '2026-11-01T11:55:03Z',
    },
    // The reference ends in a doubled quote; the tags after it still split right.
    {
      kind: 'url',
      value: 'https://cdn.skimmer.example/js/gate.js',
      categories: ['Spyware'],
      tags: ['magecart', 'skimmer'],
      id: '1500002',
      firstSeen: '2026-11-01T11:50:41Z',
    },
    // An XMRIG C2 is a miner too; a ThreatFox domain is that exact host.
    {
      kind: 'domain',
      value: 'pool.miner.example',
      subdomains: false,
      categories: ['Command and Control & Botnet', 'Cryptomining'],
      tags: ['XMRIG'],
      id: '1500003',
      firstSeen: '2026-11-01T11:40:00Z',
    },
    { kind: 'url', value: 'http://203.0.113.50/bins/sora.arm7', categories: ['Malware'], tags: ['Mirai', 'elf', 'mirai'], id: '1500005', firstSeen: '2026-11-01T11:20:00Z' },
    // An unknown threat_type names no category.
    { kind: 'domain', value: 'new-thing.example', subdomains: false, categories: [], tags: ['Unknown malware'], id: '1500008', firstSeen: '2026-11-01T10:50:00Z' },
    // Unpadded rows in the same dump; the miner is known only by its alias (CoinMiner).
    { kind: 'ip', value: '192.0.2.77', categories: ['Cryptomining', 'Malware'], tags: ['Lemon Duck', 'LemonDuck'], id: '1500011', firstSeen: '2026-11-01T10:30:00Z' },
  ]);
  assert.equal(result.badCount, 4);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [15, 'not a domain name'],
      [16, 'not an IP address with a port'],
      [18, 'expected 14 fields, found 4'],
      [19, 'expected 14 fields, found 1'],
    ],
  );
});

test('threatfox-csv: a plain first-line header with reordered and extra columns is read by name', () => {
  const text = [
    'ioc_type,tags,ioc_value,threat_type,malware_printable,ioc_id,first_seen_utc,extra_column',
    'domain,"phishing,kit",login.phish.example,payload_delivery,Coinhive,9001,2026-11-04 00:00:00,whatever',
    'ip:port,,203.0.113.4:8080,botnet_cc,Remcos,9002,2026-11-04 01:00:00,',
    'sha1_hash,,da39a3ee5e6b4b0d3255bfef95601890afd80709,payload,Remcos,9003,2026-11-04 02:00:00,',
  ].join('\n');
  assert.deepEqual(threatfoxCsv.parse(text), {
    indicators: [
      {
        kind: 'domain',
        value: 'login.phish.example',
        subdomains: false,
        categories: ['Cryptomining', 'Malware'],
        tags: ['Coinhive', 'phishing', 'kit'],
        id: '9001',
        firstSeen: '2026-11-04T00:00:00Z',
      },
      { kind: 'ip', value: '203.0.113.4', categories: ['Command and Control & Botnet'], tags: ['Remcos'], id: '9002', firstSeen: '2026-11-04T01:00:00Z' },
    ],
    badCount: 0,
    bad: [],
  });
});

test('threatfox-csv: a padded header in the comment line; rows without ioc_type are bad, not skipped', () => {
  const text = [
    '# ThreatFox IOCs: CSV export',
    '# "ioc_value", "threat_type", "ioc_type", "malware_printable"',
    '"https://cc.evil.example/gate", "cc_skimming", "url", "Inter"',
    '"cc2.evil.example", "botnet_cc", "", "Inter"',
  ].join('\n');
  const result = threatfoxCsv.parse(text);
  assert.deepEqual(result.indicators, [{ kind: 'url', value: 'https://cc.evil.example/gate', categories: ['Spyware'], tags: ['Inter'] }]);
  assert.deepEqual(result.bad.map((item) => [item.line, item.reason]), [[4, 'no ioc_type']]);
});

test('threatfox-csv: without a header naming ioc_value and ioc_type every row is bad', () => {
  const result = threatfoxCsv.parse('# export\n"2026-11-01 00:00:00", "1", "evil.example", "domain"\n');
  assert.deepEqual(result.indicators, []);
  assert.deepEqual(result.bad.map((item) => [item.line, item.reason]), [[2, 'no header line naming the columns: ioc_value, ioc_type']]);
});

test('threatfox-csv: tightening removes only the padding around quoted fields', () => {
  assert.equal(tightenQuotedFields('"a", "b,c", "", "d"  '), '"a","b,c","","d"');
  // Blanks inside quotes stay, including after doubled quotes and on continuation lines of a multi-line field.
  assert.equal(tightenQuotedFields('"x""", "a ""q"", text" , "two\n  lines", "z"'), '"x""","a ""q"", text","two\n  lines","z"');
  // A stray quote in a comment line does not flip the state of the data after it.
  assert.equal(tightenQuotedFields('# it is "odd\n"a", "b"\r\n"c" ,"d"'), '# it is"odd\n"a","b"\r\n"c","d"');
});
