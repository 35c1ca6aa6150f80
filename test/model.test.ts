import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serializeModel, trainFromCorpus } from '../scripts/train.ts';

// The committed model must be what `npm run train` produces from the committed corpus and analyser: a change to a
// detector, a feature or the corpus that is not followed by retraining fails here.
test('data/model.json is reproduced bit for bit by npm run train', () => {
  const committed = readFileSync(new URL('../data/model.json', import.meta.url), 'utf8');
  assert.equal(serializeModel(trainFromCorpus()), committed);
});
