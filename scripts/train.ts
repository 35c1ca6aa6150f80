/** `npm run train`: fits the model on the whole corpus and writes data/model.json. */
import { writeFileSync } from 'node:fs';
import { loadBenign, loadMalicious } from './corpus.ts';
import { examplesFor, inspectAll, train } from './learn.ts';

const samples = [...loadMalicious(), ...loadBenign()];
const model = train(examplesFor(samples, inspectAll(samples)));
const path = new URL('../data/model.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`);
console.log(`model written to data/model.json from ${model.trainedOn.malicious} malicious and ${model.trainedOn.benign} benign samples`);
for (const [index, name] of model.features.entries()) console.log(`  ${name.padEnd(20)} ${model.weights[index]}`);
console.log(`  ${'bias'.padEnd(20)} ${model.bias}`);
