import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIpv4, canonicalUrlAsWritten, canonicalizeGenerally, canonicalizeUrl, lookupExpressions, looksLikeUrl } from '../../src/intel/canonicalize.ts';

// The canonicalization examples published with the Safe Browsing v4 API documentation ("URLs and hashing").
// The documentation's inputs are byte strings: the one with bytes above 0x7f is given as bytes.
const SAFE_BROWSING_EXAMPLES: [string | Uint8Array, string][] = [
  ['http://host/%25%32%35', 'http://host/%25'],
  ['http://host/%25%32%35%25%32%35', 'http://host/%25%25'],
  ['http://host/%2525252525252525', 'http://host/%25'],
  ['http://host/asdf%25%32%35asd', 'http://host/asdf%25asd'],
  ['http://host/%%%25%32%35asd%%', 'http://host/%25%25%25asd%25%25'],
  ['http://www.google.com/', 'http://www.google.com/'],
  ['http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/', 'http://168.188.99.26/.secure/www.ebay.com/'],
  ['http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/', 'http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/'],
  ['http://host%23.com/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B', 'http://host%23.com/~a!b@c%23d$e%25f^00&11*22(33)44_55+'],
  ['http://3279880203/blah', 'http://195.127.0.11/blah'],
  ['http://www.google.com/blah/..', 'http://www.google.com/'],
  ['www.google.com/', 'http://www.google.com/'],
  ['www.google.com', 'http://www.google.com/'],
  ['http://www.evil.com/blah#frag', 'http://www.evil.com/blah'],
  ['http://www.GOOgle.com/', 'http://www.google.com/'],
  ['http://www.google.com.../', 'http://www.google.com/'],
  ['http://www.google.com/foo\tbar\rbaz\n2', 'http://www.google.com/foobarbaz2'],
  ['http://www.google.com/q?', 'http://www.google.com/q?'],
  ['http://www.google.com/q?r?', 'http://www.google.com/q?r?'],
  ['http://www.google.com/q?r?s', 'http://www.google.com/q?r?s'],
  ['http://evil.com/foo#bar#baz', 'http://evil.com/foo'],
  ['http://evil.com/foo;', 'http://evil.com/foo;'],
  ['http://evil.com/foo?bar;', 'http://evil.com/foo?bar;'],
  [Uint8Array.from(Buffer.from('http://\x01\x80.com/', 'latin1')), 'http://%01%80.com/'],
  ['http://notrailingslash.com', 'http://notrailingslash.com/'],
  ['http://www.gotaport.com:1234/', 'http://www.gotaport.com/'],
  ['  http://www.google.com/  ', 'http://www.google.com/'],
  ['http:// leadingspace.com/', 'http://%20leadingspace.com/'],
  ['http://%20leadingspace.com/', 'http://%20leadingspace.com/'],
  ['%20leadingspace.com/', 'http://%20leadingspace.com/'],
  ['https://www.securesite.com/', 'https://www.securesite.com/'],
  ['http://host.com/ab%23cd', 'http://host.com/ab%23cd'],
  ['http://host.com//twoslashes?more//slashes', 'http://host.com/twoslashes?more//slashes'],
];

describe('Safe Browsing canonicalization', () => {
  for (const [input, expected] of SAFE_BROWSING_EXAMPLES) {
    test(typeof input === 'string' ? JSON.stringify(input) : `bytes ${Buffer.from(input).toString('latin1')}`, () => assert.equal(canonicalizeUrl(input)?.url, expected));
  }
});

describe('beyond the published examples', () => {
  const table: [string, string, string][] = [
    ['internationalized host to punycode, other characters as UTF-8 escapes', 'http://bücher.example/grüße', 'http://xn--bcher-kva.example/gr%C3%BC%C3%9Fe'],
    ['credentials dropped from the host', 'http://user:pw@Evil.Example/a', 'http://evil.example/a'],
    ['IPv4 in hex, octal and short forms', 'http://0xC3.0177.0.013/x', 'http://195.127.0.11/x'],
    ['dot segments in the middle', 'http://a.example/a/./b/../c/', 'http://a.example/a/c/'],
    ['an escaped slash becomes a path separator', 'http://a.example/a%2Fb', 'http://a.example/a/b'],
    ['scheme in capitals', 'HTTPS://A.EXAMPLE/', 'https://a.example/'],
    ['protocol-relative', '//cdn.example/lib.js', 'http://cdn.example/lib.js'],
  ];
  for (const [what, input, expected] of table) test(what, () => assert.equal(canonicalizeUrl(input)?.url, expected));

  test('no host, no URL', () => {
    assert.equal(canonicalizeUrl(''), null);
    assert.equal(canonicalizeUrl('http:///path'), null);
    assert.equal(canonicalizeUrl('x'.repeat(70_000)), null);
  });

  test('IPv4 spellings', () => {
    assert.equal(canonicalIpv4('3279880203'), '195.127.0.11');
    assert.equal(canonicalIpv4('195.8323083'), '195.127.0.11');
    assert.equal(canonicalIpv4('1.2.3.4'), '1.2.3.4');
    assert.equal(canonicalIpv4('256.1.1.1'), null);
    assert.equal(canonicalIpv4('1.2.3.4.5'), null);
    assert.equal(canonicalIpv4('4294967296'), null);
    assert.equal(canonicalIpv4('evil.example'), null);
  });
});

describe('lookup expressions', () => {
  const expressions = (url: string): string[] => lookupExpressions(canonicalizeUrl(url) ?? assert.fail(url));
  test('host suffixes and path prefixes (the published example)', () => {
    assert.deepEqual(expressions('http://a.b.c/1/2.html?param=1'), [
      'a.b.c/1/2.html?param=1', 'a.b.c/1/2.html', 'a.b.c/', 'a.b.c/1/',
      'b.c/1/2.html?param=1', 'b.c/1/2.html', 'b.c/', 'b.c/1/',
    ]);
  });
  test('only the last five host components, never the top-level domain alone', () => {
    assert.deepEqual(expressions('http://a.b.c.d.e.f.g/1.html'), [
      'a.b.c.d.e.f.g/1.html', 'a.b.c.d.e.f.g/', 'c.d.e.f.g/1.html', 'c.d.e.f.g/', 'd.e.f.g/1.html', 'd.e.f.g/',
      'e.f.g/1.html', 'e.f.g/', 'f.g/1.html', 'f.g/',
    ]);
  });
  test('an IP address is looked up as itself only', () => {
    assert.deepEqual(expressions('http://1.2.3.4/1/'), ['1.2.3.4/1/', '1.2.3.4/']);
  });
  test('at most four path prefixes from the root', () => {
    assert.deepEqual(expressions('http://x.example/1/2/3/4/5/6.html').filter((item) => item.startsWith('x.example')), [
      'x.example/1/2/3/4/5/6.html', 'x.example/', 'x.example/1/', 'x.example/1/2/', 'x.example/1/2/3/',
    ]);
  });
});

test('a long URL of multi-byte characters is canonicalized, not a stack overflow', () => {
  const url = canonicalizeUrl(`http://a.example/${'€'.repeat(20_000)}`);
  assert.equal(url?.path.length, 1 + 20_000 * 9);
});

test('looksLikeUrl: a scheme, a leading //, or a path, query or fragment after a host; a bare host is not a URL', () => {
  const table: [string, boolean][] = [
    ['https://cdn.example/a.js', true], ['//cdn.example/a.js', true], ['cdn.example/a.js', true], ['cdn.example?x=1', true],
    ['cdn.example#top', true], ['HTTP://X', true], ['cdn.example', false], ['*.cdn.example', false], ['[2001:db8::1]', false],
    ['/relative/path', false], ['?query', false], ['', false], ['cdn.example:8080', false], ['cdn.example:8080/', true],
  ];
  for (const [target, expected] of table) assert.equal(looksLikeUrl(target), expected, target);
});

test('the fast route for URLs already canonical agrees with the general route on every URL it accepts', () => {
  // Pieces chosen to hit each condition the fast route tests: case, IPv4 spellings, ports, users, escapes, dot and
  // empty segments, queries and fragments.
  const schemes = ['http://', 'https://', 'HTTP://', 'ws+x.y-z://', '//', 'ht tp://', ''];
  const hosts = ['cdn.example', 'www.evil.example', 'CDN.example', '1.2.3.4', 'abc.def', 'a-b.cafe', '0x7f.1', 'a..b', '.a.b', 'a.b.', 'user@host.example', 'host.example:8080', 'bücher.example', 'x%41y.example', ''];
  const paths = ['', '/', '/a/b.js', '/a//b', '/./a', '/a/../b', '/.well-known/x', '/a/.', '/%7Euser', '/a b', '/é', '/a?b', '/a/b/'];
  const tails = ['', '?', '?q=1&r=2', '?q=%20', '#frag', '?q=1#frag', '#', '?a?b'];
  let accepted = 0;
  let total = 0;
  for (const scheme of schemes) {
    for (const host of hosts) {
      for (const path of paths) {
        for (const tail of tails) {
          const input = `${scheme}${host}${path}${tail}`;
          total++;
          const fast = canonicalUrlAsWritten(input);
          if (fast === null) continue;
          accepted++;
          assert.deepEqual(fast, canonicalizeGenerally(input), input);
        }
      }
    }
  }
  assert.ok(accepted > 0 && accepted < total, `${accepted} of ${total}`);
  // the common spelling takes the fast route; anything it would have to rewrite does not
  assert.notEqual(canonicalUrlAsWritten('https://cdn.example/a/b.js?v=3#top'), null);
  for (const input of ['HTTPS://cdn.example/', 'https://cdn.example:443/', 'https://0x7f.1/', 'https://cdn.example/a%2Fb', 'https://cdn.example/a/../b']) {
    assert.equal(canonicalUrlAsWritten(input), null, input);
  }
});
