// The fuzz script's worker: extracts one text, checks the result against the JSON Schema and the evidence rule.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extract } from '../dist/index.js';

const schema = JSON.parse(readFileSync(new URL('../schema/article.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: false, allowUnionTypes: true }).compile(schema);

parentPort.on('message', (text) => {
  let article;
  try {
    article = extract(text, { source: 'fuzz' });
  } catch (err) {
    parentPort.postMessage({ kind: 'crash', detail: err.stack });
    return;
  }
  const roundTrip = JSON.parse(JSON.stringify(article));
  if (!validate(roundTrip)) {
    parentPort.postMessage({ kind: 'schema', detail: JSON.stringify(validate.errors) });
    return;
  }
  const bad = article.records.find((r) => text.slice(r.start, r.end) !== r.text || r.confidence < 0 || r.confidence > 1);
  parentPort.postMessage(bad ? { kind: 'schema', detail: `evidence does not index the input: ${JSON.stringify(bad)}` } : { kind: 'ok' });
});
