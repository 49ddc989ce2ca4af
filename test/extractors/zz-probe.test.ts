import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../../src/extract.js';
it('probe', () => {
  const cases = JSON.parse(readFileSync('/tmp/probe.json', 'utf8')) as [string, string | null][];
  const out: string[] = [];
  for (const [text, ref] of cases) {
    const a = extract(text, { referenceDate: ref });
    out.push('### ' + text + (ref ? `  [ref ${ref}]` : ''));
    for (const r of a.records) {
      const { type, start, end, sentence, confidence, text: t, rule, ...rest } = r as any;
      out.push(`  ${type} ${JSON.stringify(rest)} «${t}» ${rule} ${confidence}`);
    }
    for (const w of a.warnings) out.push(`  WARN ${w.code}: ${w.message}`);
  }
  writeFileSync('/tmp/probe.out', out.join('\n'));
});
