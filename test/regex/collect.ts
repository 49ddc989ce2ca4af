/** Every regular expression in the project: literals found by parsing src/ with the TypeScript compiler, and the
 *  ones built at run time (from data files) caught by watching the RegExp constructor while the modules load and
 *  run on the seed article. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

const SRC = new URL('../../src/', import.meta.url).pathname;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

export function literalRegexes(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of tsFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(SRC, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Regexes that code under src/ builds with `new RegExp(...)` while `run` executes; the libraries' own (chrono,
 *  compromise) are left out: they only ever see the short windows our code hands them. */
export async function constructedRegexes(run: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const seen: RegExp[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const r = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (caller.includes('/src/') && !caller.includes('node_modules')) seen.push(r);
      return r;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen.map((r) => ({ source: r.source, flags: r.flags, where: 'built at run time' }));
}

export function unique(regexes: FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const r of regexes) if (!byKey.has(`${r.flags}/${r.source}`)) byKey.set(`${r.flags}/${r.source}`, r);
  return [...byKey.values()];
}
