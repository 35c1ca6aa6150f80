import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientKey, FixedWindowLimiter } from '../../src/serve/rate-limit.ts';

test('a key gets its limit per window, and a new window starts afresh', () => {
  let now = 0;
  const limiter = new FixedWindowLimiter(2, 1000, () => now);
  assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('b')], [true, true, false, true]);
  now = 999;
  assert.equal(limiter.take('a'), false);
  now = 1000;
  assert.equal(limiter.take('a'), true);
});

test('client keys: IPv4 as is (also when mapped into IPv6), IPv6 by its /64', () => {
  assert.deepEqual(
    ['203.0.113.9', '::ffff:203.0.113.9', '2001:db8:1:2:aaaa::1', '2001:db8:1:2:bbbb::2', '2001:db8:1:3::1', 'not an address'].map(clientKey),
    ['203.0.113.9', '203.0.113.9', '2001:db8:1:2::/64', '2001:db8:1:2::/64', '2001:db8:1:3::/64', 'not an address'],
  );
});
