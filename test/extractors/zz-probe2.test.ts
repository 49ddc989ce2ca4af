import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../../src/extract.js';
const key = (r: any) => { const { start, end, sentence, text, confidence, rule, ...rest } = r; return JSON.stringify(rest); };
it('probe2', () => {
  const dir = '/work/shared/corpus/dev/en/';
  const files = [...readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => dir + f), 'fixtures/leningrad-drones.txt'];
  for (const f of files) {
    const raw = readFileSync(f, 'utf8');
    const a = extract(raw, {}).records.map(key).sort();
    const b = extract(raw.replace(/\r?\n/g, '\r\n'), {}).records.map(key).sort();
    const c = extract('\uFEFF' + raw, {}).records.map(key).sort();
    const d1 = a.filter(x => !b.includes(x)), d2 = b.filter(x => !a.includes(x));
    if (d1.length || d2.length) console.log('CRLF', f, d1, d2);
    const e1 = a.filter(x => !c.includes(x)), e2 = c.filter(x => !a.includes(x));
    if (e1.length || e2.length) console.log('BOM', f, e1, e2);
  }
});
