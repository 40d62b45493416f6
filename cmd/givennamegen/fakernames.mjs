// Writes, as JSON on standard output, the first names of every locale of
// an unpacked @faker-js/faker package, for cmd/givennamegen -faker:
//
//	node cmd/givennamegen/fakernames.mjs faker-js-faker-10.6.0/package > faker-names.json
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? '.');
const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
const { allLocales } = await import(pathToFileURL(`${dir}/dist/index.js`).href);
const locales = {};
for (const [code, def] of Object.entries(allLocales)) {
  const first = def?.person?.first_name;
  if (!first) continue;
  const names = Array.isArray(first) ? first : Object.values(first).flat();
  locales[code] = [...new Set(names)].sort();
}
process.stdout.write(JSON.stringify({ name: pkg.name, version: pkg.version, license: pkg.license, locales }) + '\n');
