import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import threatfoxCsv from '../../../src/intel/feeds/threatfox-csv.ts';
import threatfoxJson from '../../../src/intel/feeds/threatfox-json.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

test('threatfox-json: url/domain/ip:port entries mapped, hashes skipped silently, bad entries counted by position', () => {
  const result = threatfoxJson.parse(fixture('threatfox-json/recent.json'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'ip',
      value: '198.51.100.23',
      categories: ['Command and Control & Botnet'],
      tags: ['Cobalt Strike', 'c2', 'CobaltStrike'],
      id: '1500001',
      firstSeen: '2026-11-01T11:55:03Z',
    },
    { kind: 'url', value: 'https://cdn.skimmer.example/js/gate.js', categories: ['Spyware'], tags: ['magecart'], id: '1500002', firstSeen: '2026-11-01T11:50:41Z' },
    { kind: 'ip', value: '192.0.2.77', categories: ['Cryptomining', 'Malware'], tags: ['Lemon Duck', 'LemonDuck'], id: '1500004', firstSeen: '2026-11-01T10:30:00Z' },
    // Unknown threat_type: no category; ThreatFox tags are not read as categories; an unreadable time is dropped.
    { kind: 'domain', value: 'phish-login.example', subdomains: false, categories: [], tags: ['Unknown malware', 'phishing', 'login'], id: '1500006' },
  ]);
  assert.equal(result.badCount, 4);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [5, 'not an IP address with a port'],
      [7, 'no ioc_value'],
      [8, 'entry is not an object'],
      [9, 'no ioc_type'],
    ],
  );
  assert.match(result.bad[0]?.text ?? '', /^\{"1500005":\{"ioc_value":"c2\.evil\.example:8443"/);
});

test('threatfox-json: the JSON and CSV exports give the same indicators for the same IOCs', () => {
  const json = threatfoxJson.parse(fixture('threatfox-json/recent.json')).indicators;
  const csv = threatfoxCsv.parse(fixture('threatfox-csv/full.csv')).indicators;
  assert.deepEqual(json[0], csv[0]);
  const { id: _jsonId, ...lemonJson } = json[2] ?? {};
  const { id: _csvId, ...lemonCsv } = csv[5] ?? {};
  assert.deepEqual(lemonJson, lemonCsv);
});

test('threatfox-json: invalid JSON and a wrong top-level shape are one bad record each', () => {
  const broken = threatfoxJson.parse('{\n  "1": [\n    {"ioc_value": "evil.example" "ioc_type": "domain"}\n  ]\n}');
  assert.deepEqual([broken.indicators.length, broken.badCount, broken.bad[0]?.line], [0, 1, 3]);
  assert.match(broken.bad[0]?.reason ?? '', /^not valid JSON: /);
  const status = threatfoxJson.parse('{"query_status": "no_result"}');
  assert.deepEqual(status.bad, [{ line: 1, text: '{"query_status":"no_result"}', reason: 'not an array of entries' }]);
  assert.deepEqual(threatfoxJson.parse('"oops"').bad.map((item) => item.reason), ['not an object keyed by id']);
});
