/** `npm run train`: fits the model on the whole corpus and writes data/model.json. */
import { writeFileSync } from 'node:fs';
import { loadBenign, loadMalicious } from './corpus.ts';
import { examplesFor, inspectAll, train } from './learn.ts';
import type { Model } from '../src/analyze/score/model.ts';

/** The model as `npm run train` writes it: deterministic, so the committed file can be checked against it. */
export function trainFromCorpus(): Model {
  const samples = [...loadMalicious(), ...loadBenign()];
  return train(examplesFor(samples, inspectAll(samples)));
}

export function serializeModel(model: Model): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

if (import.meta.main) {
  const model = trainFromCorpus();
  writeFileSync(new URL('../data/model.json', import.meta.url), serializeModel(model));
  console.log(`model written to data/model.json from ${model.trainedOn.malicious} malicious and ${model.trainedOn.benign} benign samples`);
  for (const [index, name] of model.features.entries()) console.log(`  ${name.padEnd(26)} ${model.weights[index]}`);
  console.log(`  ${'bias'.padEnd(26)} ${model.bias}`);
}
