/** Every route the API registers with app.http, as `METHOD route`: suites that must cover each one compare against it. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../api/local/paths.ts';

export async function registeredRoutes(): Promise<string[]> {
  const folder = join(repoRoot, 'api/src/functions');
  const routes: string[] = [];
  for (const file of await readdir(folder)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = await readFile(join(folder, file), 'utf8');
    const prefix = /const route = \(path: string\) => `([^`]*)\$\{path\}`/.exec(source)?.[1];
    for (const match of source.matchAll(/app\.http\('\w+', \{\s*route: (?:'([^']+)'|route\('([^']+)'\)),\s*methods: \['(\w+)'\]/g)) {
      routes.push(`${match[3]} ${match[1] ?? `${prefix}${match[2]}`}`);
    }
  }
  return routes.sort();
}
