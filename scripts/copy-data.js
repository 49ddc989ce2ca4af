// tsc does not copy JSON data files; the build puts src/data/*.json next to the compiled loader.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/data', { recursive: true });
for (const file of readdirSync('src/data')) {
  if (file.endsWith('.json')) cpSync(`src/data/${file}`, `dist/data/${file}`);
}
