import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hostCandidates } from '../../src/intel/domains.ts';
import { ThreatIndex, INDEX_VERSION, type Assertion } from '../../src/intel/index/threat-index.ts';
import { assertionOf } from '../../src/intel/assertions.ts';
import domainList from '../../src/intel/feeds/domain-list.ts';

describe('host candidates', () => {
  test('the host and its parents up to the registrable domain, never a public or private suffix', () => {
    assert.deepEqual(hostCandidates('a.b.Evil.co.uk.')?.names, ['a.b.evil.co.uk', 'b.evil.co.uk', 'evil.co.uk']);
    assert.deepEqual(hostCandidates('evil.github.io')?.names, ['evil.github.io']);
    assert.deepEqual(hostCandidates('github.io')?.names, ['github.io']);
    assert.deepEqual(hostCandidates('0xC37F000B')?.names, ['195.127.0.11']);
    assert.equal(hostCandidates('[2001:db8::1]')?.ip, true);
    assert.equal(hostCandidates('  '), null);
  });
});

const assertions: Assertion[] = [
  { feed: 'blocklist', kind: 'domain', indicator: 'evil.example', subdomains: true, categories: ['Malware', 'Security threats'] },
  { feed: 'hosts', kind: 'domain', indicator: 'exact.example', subdomains: false, categories: ['Malware'] },
  { feed: 'urlhaus', kind: 'url', indicator: 'http://files.example/dl/payload.js', categories: ['Malware'] },
  { feed: 'openphish', kind: 'url', indicator: 'https://login.example/secure/', categories: ['Phishing'] },
  { feed: 'blocklist', kind: 'domain', indicator: 'shared.github.io', subdomains: true, categories: ['Phishing'] },
  { feed: 'blocklist', kind: 'domain', indicator: 'github.io', subdomains: true, categories: ['Malware'] },
  { feed: 'c2', kind: 'ip', indicator: '198.51.100.7', categories: ['Command and Control & Botnet'] },
  { feed: 'blocklist', kind: 'domain', indicator: 'cdn.evil.example', subdomains: true, categories: ['Cryptomining'] },
  { feed: 'allow', kind: 'domain', indicator: 'ok.evil.example', subdomains: true, categories: [], allow: true },
  { feed: 'idn', kind: 'domain', indicator: 'Bücher.example', subdomains: true, categories: ['Phishing'] },
  { feed: 'urlhaus', kind: 'url', indicator: 'http://ok.evil.example/dropper.js', categories: ['Malware'] },
  { feed: 'openphish', kind: 'url', indicator: 'http://kit.example/', categories: ['Phishing'] },
  { feed: 'urlhaus', kind: 'url', indicator: 'http://a.b.c.d.deep.example/', categories: ['Malware'] },
];
const { index, rejected } = ThreatIndex.build([...assertions, { feed: 'bad', kind: 'url', indicator: 'http:///nohost', categories: ['Malware'] }]);

describe('threat index', () => {
  test('an indicator that does not canonicalize, or is a public suffix, is rejected, not indexed', () => {
    assert.deepEqual(rejected.map((assertion) => assertion.indicator), ['github.io', 'http:///nohost']);
    assert.equal(index.size, assertions.length - 2); // github.io rejected; the allow rule is not an entry
  });

  const table: [string, string, boolean, boolean, string[], string[]][] = [
    // [what, target, url?, domain?, url categories, domain categories]
    ['a subdomain of a listed domain', 'https://www.evil.example/a.js', false, true, [], ['Security threats', 'Malware']],
    ['categories of every covering rule add up', 'http://x.cdn.evil.example/m.js', false, true, [], ['Security threats', 'Cryptomining', 'Malware']],
    ['an exact-host rule does not cover subdomains', 'sub.exact.example', false, false, [], []],
    ['an exact-host rule matches the host', 'EXACT.example.', false, true, [], ['Malware']],
    ['a listed URL however it is spelled', 'HTTP://Files.Example:80/dl/./x/../payload.js#frag', true, false, ['Malware'], []],
    ['a listed directory covers what is under it', 'https://login.example/secure/step2.php?id=1', true, false, ['Phishing'], []],
    ['a URL next to a listed one is not listed', 'http://files.example/dl/other.js', false, false, [], []],
    ['a listed private-suffix site matches only itself', 'https://shared.github.io/x', false, true, [], ['Phishing']],
    ['a suffix rule never matches other sites of the suffix', 'https://someone.github.io/', false, false, [], []],
    ['an IP in any spelling', 'http://3325256711/gate', false, true, [], ['Command and Control & Botnet']],
    ['the allow-list wins over a covering rule', 'https://ok.evil.example/lib.js', false, false, [], []],
    ['garbage is not a match', '%%%', false, false, [], []],
    ['an allow rule for a domain clears URLs listed under it', 'http://ok.evil.example/dropper.js', false, false, [], []],
    ['an internationalized name matches as punycode', 'xn--bcher-kva.example', false, true, [], ['Phishing']],
    ['an internationalized name matches as Unicode, in a URL', 'https://cdn.BÜCHER.example/a.js', false, true, [], ['Phishing']],
    ['a URL listed at a host root covers that host and its subdomains', 'http://a.b.kit.example/login.php', true, false, ['Phishing'], []],
    ['a URL listed at a host of six components matches that host', 'http://a.b.c.d.deep.example/p', true, false, ['Malware'], []],
    ['a host suffix of more than five components is not looked up (Safe Browsing)', 'http://x.a.b.c.d.deep.example/p', false, false, [], []],
  ];
  for (const [what, target, url, domain, urlCategories, domainCategories] of table) {
    test(what, () => {
      const result = index.check(target);
      assert.equal(result.url_reported_malicious, url);
      assert.equal(result.domain_reported_malicious, domain);
      assert.deepEqual(result.malicious_url_categories, urlCategories);
      assert.deepEqual(result.malicious_domain_categories, domainCategories);
    });
  }

  test('matches name the feed and the indicator as the feed spelled it', () => {
    assert.deepEqual(index.check('http://files.example/dl/payload.js').matches, [{ feed: 'urlhaus', kind: 'url', indicator: 'http://files.example/dl/payload.js' }]);
  });

  test('serialized with a version stamp and a checksum; another version, truncated or damaged bytes are refused', () => {
    const bytes = index.serialize();
    const copy = ThreatIndex.deserialize(bytes);
    assert.ok(copy);
    assert.equal(copy.size, index.size);
    for (const [, target] of table) assert.deepEqual(copy.check(target), index.check(target));
    assert.deepEqual(copy.check('http://files.example/dl/payload.js').matches, index.check('http://files.example/dl/payload.js').matches);
    const text = Buffer.from(bytes).toString('latin1');
    const otherVersion = Buffer.from(text.replace(`"version":${INDEX_VERSION}`, `"version":${INDEX_VERSION + 1}`), 'latin1');
    assert.equal(ThreatIndex.deserialize(otherVersion), null);
    assert.equal(ThreatIndex.deserialize(bytes.subarray(0, bytes.length - 4)), null);
    const flipped = Uint8Array.from(bytes);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0x01;
    assert.equal(ThreatIndex.deserialize(flipped), null);
    assert.equal(ThreatIndex.deserialize(new TextEncoder().encode('{"version":2}')), null);
  });

  test('an unaligned copy of the bytes loads too (a small file read into a shared buffer)', () => {
    const bytes = index.serialize();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const copy = ThreatIndex.deserialize(shifted.subarray(1));
    assert.ok(copy);
    assert.deepEqual(copy.check('http://x.cdn.evil.example/m.js'), index.check('http://x.cdn.evil.example/m.js'));
  });
});

test('feed settings: the record says nothing, so the configured categories apply, plus Security threats', () => {
  const [indicator] = domainList.parse('evil.example\n').indicators;
  assert.ok(indicator);
  assert.deepEqual(assertionOf(indicator, { id: 'nocoin', categories: ['Cryptomining'] }, domainList).categories, ['Cryptomining', 'Security threats']);
  assert.deepEqual(assertionOf(indicator, { id: 'plain' }, domainList).categories, ['Malware', 'Security threats']);
  assert.deepEqual(assertionOf(indicator, { id: 'quiet', securityThreats: false }, domainList).categories, ['Malware']);
});
