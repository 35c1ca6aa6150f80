import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfig } from '../src/config.ts';

const errorOf = (data: unknown): string => {
  try {
    validateConfig(data, '/etc/skimguard');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

test('configuration errors name the key', () => {
  const table: [unknown, RegExp][] = [
    [[], /file: must hold a JSON object/],
    [{ feedz: [] }, /feedz: is not a setting/],
    [{ feeds: {} }, /feeds: must be a list/],
    [{ feeds: [{ id: 'a', format: 'hosts' }] }, /feeds\[0\]: needs exactly one of "url" and "path"/],
    [{ feeds: [{ id: 'a', format: 'hosts', url: 'ftp://x.example/h' }] }, /feeds\[0\]\.url: must be an http\(s\) URL/],
    [{ feeds: [{ id: 'a', format: 'hosts', path: 'h', refresh: 'often' }] }, /feeds\[0\]\.refresh: must be a duration/],
    [{ feeds: [{ id: 'a', format: 'hosts', path: 'h', categories: ['Malware', 'Evil'] }] }, /feeds\[0\]\.categories\[1\]: "Evil" is not a category/],
    [{ feeds: [{ id: 'a', format: 'hosts', path: 'h' }, { id: 'a', format: 'hosts', path: 'g' }] }, /feeds\[1\]\.id: "a" is used by another feed/],
    [{ feeds: [{ id: 'a', format: 'hosts', path: 'h', colour: 'red' }] }, /feeds\[0\]\.colour: is not a feed setting/],
    [{ allow_list: 'x.example' }, /allow_list: must be a list/],
    [{ feeds: [{ id: 'a', format: 'taxii', path: 'c' }] }, /feeds\[0\]\.url: a TAXII feed needs the url of its collection/],
    [{ feeds: [{ id: 'a', format: 'taxii', url: 'https://t.example/c/', headers: { Authorization: '${NO_SUCH_VARIABLE}' } }] }, /feeds\[0\]\.headers\.Authorization: names the environment variable NO_SUCH_VARIABLE, which is not set/],
    [{ feeds: [{ id: 'a', format: 'taxii', url: 'https://t.example/c/', headers: { 'X-Key': 'a\r\nHost: evil' } }] }, /feeds\[0\]\.headers\.X-Key: must be a one-line string/],
    [{ feeds: [{ id: 'a', format: 'hosts', path: 'h', headers: { 'X-Key': 'k' } }] }, /feeds\[0\]\.headers: only a feed with a url sends headers/],
    [{ feeds: [{ id: 'a', format: 'urlhaus-csv', path: 'h.zip', zip_entry: '' }] }, /feeds\[0\]\.zip_entry: must be the name of a file in the zip dump/],
  ];
  for (const [data, expected] of table) assert.match(errorOf(data), expected);
});

test('a valid configuration: relative paths from the file, settings renamed, the state directory', () => {
  const config = validateConfig({ feeds: [{ id: 'nocoin', format: 'adblock', path: 'lists/nocoin.txt', categories: ['Cryptomining'], security_threats: false }] }, '/etc/skimguard');
  assert.deepEqual(config.feeds, [{ id: 'nocoin', format: 'adblock', path: '/etc/skimguard/lists/nocoin.txt', categories: ['Cryptomining'], securityThreats: false }]);
  assert.equal(config.stateDir, '/etc/skimguard/.skimguard');
  const taxii = validateConfig({ feeds: [{ id: 't', format: 'taxii', url: 'https://t.example/c/', headers: { Authorization: '${TAXII_AUTH}', 'X-Plain': 'p' } }] }, '/x', { TAXII_AUTH: 'Basic c2VjcmV0' });
  assert.deepEqual(taxii.feeds[0]?.headers, { Authorization: 'Basic c2VjcmV0', 'X-Plain': 'p' });
  assert.equal(validateConfig({ feeds: [{ id: 'tf', format: 'threatfox-csv', path: 'full.zip', zip_entry: 'full.csv' }] }, '/x').feeds[0]?.zipEntry, 'full.csv');
  assert.equal(validateConfig({}, '/x', { SKIMGUARD_STATE_DIR: '/var/lib/skimguard' }).stateDir, '/var/lib/skimguard');
});

test('server settings: defaults, the file, the environment over the file, and errors naming the key', () => {
  const defaults = validateConfig({}, '/srv').server;
  assert.deepEqual([defaults.host, defaults.port, defaults.database, defaults.apiToken, defaults.fsync], ['127.0.0.1', 8080, './skimguard.db', undefined, false]);
  const server = validateConfig({ server: { port: 9000, database: 'data/sg.db', public_url: 'https://monitor.example', rate_limits: { per_client_per_minute: 30 } } }, '/srv', { SKIMGUARD_API_TOKEN: 'a-long-enough-token!', SKIMGUARD_PORT: '9100' }).server;
  assert.deepEqual([server.port, server.database, server.publicUrl, server.apiToken, server.rateLimits], [9100, '/srv/data/sg.db', 'https://monitor.example', 'a-long-enough-token!', { perClientPerMinute: 30, perSitePerMinute: 60_000 }]);
  assert.equal(validateConfig({ server: { database: 'postgres://u@db.internal/sg' } }, '/srv').server.database, 'postgres://u@db.internal/sg');
  const table: [unknown, RegExp][] = [
    [{ server: [] }, /server: must be an object/],
    [{ server: { prot: 1 } }, /server\.prot: is not a server setting/],
    [{ server: { port: 70_000 } }, /server\.port: must be a whole number from 0 to 65535/],
    [{ server: { public_url: 'https://monitor.example/reports' } }, /server\.public_url: must be the service's origin/],
    [{ server: { api_token: 'short' } }, /server\.api_token: must be at least 16 characters/],
    [{ server: { rate_limits: { per_hour: 1 } } }, /server\.rate_limits\.per_hour: is not a rate limit/],
    [{ server: { journal_id: '../x' } }, /server\.journal_id: must be a name/],
  ];
  for (const [data, expected] of table) assert.match(errorOf(data), expected);
});
