import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import misp from '../../../src/intel/feeds/misp.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/misp/${name}`, import.meta.url), 'utf8');

const EVENT_TAGS = ['tlp:clear', 'misp-galaxy:threat-actor="Magecart"'];

/** An event holding the given attributes (to_ids set unless the attribute says otherwise). */
function event(attributes: Record<string, unknown>[], tags: string[] = []): string {
  return JSON.stringify({
    Event: {
      uuid: 'e0000000-0000-4000-8000-000000000000',
      info: 'test event',
      date: '2026-01-02',
      Tag: tags.map((name) => ({ name })),
      Attribute: attributes.map((fields, index) => ({ uuid: `u${index + 1}`, category: 'Network activity', to_ids: true, deleted: false, ...fields })),
    },
  });
}

test('misp: to_ids attributes of the event and its objects; event tags give categories and tags', () => {
  const result = misp.parse(fixture('event.json'));
  assert.deepEqual(result.indicators, [
    {
      kind: 'url',
      value: 'https://cdn.skimmer.example/js/analytics.js',
      categories: ['Spyware'],
      tags: EVENT_TAGS,
      id: 'a0000001-0000-4000-8000-000000000001',
      firstSeen: '2026-10-28T09:00:00.000000+00:00',
    },
    // to_ids "1"; the attribute's own tag adds C2; no first_seen, so the event date.
    {
      kind: 'ip',
      value: '203.0.113.80',
      categories: ['Command and Control & Botnet', 'Spyware'],
      tags: [...EVENT_TAGS, 'kill-chain:Command and Control'],
      id: 'a0000003-0000-4000-8000-000000000003',
      firstSeen: '2026-10-30',
    },
    // domain|ip split into both, under the one attribute uuid.
    { kind: 'domain', value: 'exfil.skimmer.example', subdomains: false, categories: ['Spyware'], tags: EVENT_TAGS, id: 'a0000004-0000-4000-8000-000000000004', firstSeen: '2026-10-30' },
    { kind: 'ip', value: '198.51.100.44', categories: ['Spyware'], tags: EVENT_TAGS, id: 'a0000004-0000-4000-8000-000000000004', firstSeen: '2026-10-30' },
    // From the url object; category Payload delivery adds Malware.
    { kind: 'url', value: 'http://payload.example/loader.exe', categories: ['Spyware', 'Malware'], tags: EVENT_TAGS, id: 'a000000b-0000-4000-8000-00000000000b', firstSeen: '2026-10-30' },
  ]);
  // Not indexed: to_ids false/"0" (the victim shop, payload.example context), deleted attributes, attributes of a
  // deleted object, hash attributes.
  const indexed = new Set(result.indicators.map((item) => item.value));
  for (const value of ['shop.example', '192.0.2.10', 'payload.example', 'http://deleted.example/', 'gone.example']) assert.ok(!indexed.has(value), value);
  assert.equal(result.badCount, 3);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.reason]),
    [
      [7, 'not a domain name: bad host.example'],
      [8, 'attribute is not an object'],
      [10, 'not a domain|ip pair: only-domain.example'],
    ],
  );
});

test('misp: to_ids spellings; deleted spellings', () => {
  const spellings = [true, 'true', '1', 1, false, 'false', '0', 0, null];
  const result = misp.parse(event(spellings.map((to_ids, index) => ({ type: 'ip-dst', value: `192.0.2.${index + 1}`, to_ids }))));
  assert.deepEqual(result.indicators.map((item) => item.value), ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']);
  const deleted = misp.parse(event([true, '1', false, '0'].map((flag, index) => ({ type: 'domain', value: `d${index}.example`, deleted: flag }))));
  assert.deepEqual(deleted.indicators.map((item) => item.value), ['d2.example', 'd3.example']);
});

test('misp: tag keywords and the Payload delivery category map to categories; other types are passed over', () => {
  const result = misp.parse(
    event(
      [
        { type: 'domain', value: 'p.example', Tag: [{ name: 'misp-galaxy:mitre-attack-pattern="Spearphishing Link"' }] },
        { type: 'hostname', value: 'b.example', Tag: [{ name: 'type:botnet' }] },
        { type: 'hostname', value: 'c.example', Tag: [{ name: 'c2' }] },
        { type: 'hostname', value: 'm.example', Tag: [{ name: 'malware_classification:malware-category="Coinminer"' }] },
        { type: 'url', value: 'http://s.example/s.js', category: 'Payload delivery', Tag: [{ name: 'web-skimming' }] },
        { type: 'ip-src', value: '198.51.100.1', Tag: [{ name: 'tlp:green' }] },
        { type: 'email-src', value: 'x@evil.example' },
        { type: 'ip-dst|port', value: '198.51.100.2|443' },
      ],
      ['workflow:state="complete"'],
    ),
  );
  assert.deepEqual(
    result.indicators.map((item) => [item.value, item.categories]),
    [
      ['p.example', ['Phishing']],
      ['b.example', ['Command and Control & Botnet']],
      ['c.example', ['Command and Control & Botnet']],
      // malware_classification names Malware; Coinminer names Cryptomining.
      ['m.example', ['Cryptomining', 'Malware']],
      ['http://s.example/s.js', ['Spyware', 'Malware']],
      ['198.51.100.1', []],
    ],
  );
  assert.equal(result.badCount, 0);
  assert.deepEqual(result.indicators[0]?.tags, ['workflow:state="complete"', 'misp-galaxy:mitre-attack-pattern="Spearphishing Link"']);
});

test('misp: not an event, and invalid JSON, are one bad record', () => {
  assert.deepEqual(misp.parse('{"response": []}').bad, [{ line: 1, text: '{"response":[]}', reason: 'not a MISP event (no "Event" object)' }]);
  const invalid = misp.parse('{"Event": {\n  "Attribute": [\n    {"type": "url" "value": "http://a.example/"}\n  ]\n}}');
  assert.deepEqual([invalid.indicators.length, invalid.badCount, invalid.bad[0]?.line], [0, 1, 3]);
  assert.deepEqual(misp.parse('{"Event": {"info": "no attributes"}}'), { indicators: [], badCount: 0, bad: [] });
});
