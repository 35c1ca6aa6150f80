import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import openphish from '../../../src/intel/feeds/openphish.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/openphish/${name}`, import.meta.url), 'utf8');

test('openphish: every URL is Phishing; lines that are not http(s) URLs are bad', () => {
  const result = openphish.parse(fixture('feed.txt'));
  assert.deepEqual(result.indicators, [
    { kind: 'url', value: 'https://login-secure-bank.example/signin/index.php', categories: ['Phishing'] },
    { kind: 'url', value: 'http://account-verify.test/wp-includes/paypal/', categories: ['Phishing'] },
    { kind: 'url', value: 'https://203.0.113.77/owa/auth/logon.aspx?replaceCurrent=1', categories: ['Phishing'] },
    { kind: 'url', value: 'https://docs-share.example/d/1aBcD/edit#gid=0', categories: ['Phishing'] },
    { kind: 'url', value: 'https://sub.phish.example/%E2%80%8Blogin', categories: ['Phishing'] },
  ]);
  assert.equal(result.badCount, 3);
  assert.deepEqual(
    result.bad.map((item) => [item.line, item.text, item.reason]),
    [
      [5, 'not-a-url', 'not an absolute http(s) URL'],
      [8, 'javascript:alert(1)', 'not an absolute http(s) URL'],
      [9, 'http://', 'not an absolute http(s) URL'],
    ],
  );
  assert.deepEqual(openphish.meta.defaultCategories, ['Phishing']);
});

test('openphish: indicators do not share one categories array', () => {
  const [first, second] = openphish.parse('http://a.example/\nhttp://b.example/').indicators;
  assert.ok(first && second);
  assert.notEqual(first.categories, second.categories);
});

test('openphish: an HTML page served instead of the feed gives no indicators', () => {
  const result = openphish.parse('<!DOCTYPE html>\n<html>\n<head><title>Too Many Requests</title></head>\n</html>\n');
  assert.equal(result.indicators.length, 0);
  assert.equal(result.badCount, 4);
});
