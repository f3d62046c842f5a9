// Script budget of the production build (`npm run check:bundle`, after `npm run build`): the
// gzipped JavaScript the first page a person opens loads (the entry chunk and its static imports:
// sign-in and home), and the same plus its own chunks for every lazily loaded page. Fails when the
// first page exceeds BUNDLE_BUDGET_KB (default 200) or when source maps are in dist/ without
// CAIRN_SOURCE_MAPS=true.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 200);

const gz = new Map();
const gzipKb = (file) => {
  if (!gz.has(file))
    gz.set(file, gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024);
  return gz.get(file);
};
const code = (file) => readFileSync(join(assets, file), 'utf8');
// Static imports of a chunk (import…from"./x.js", import"./x.js"), not dynamic import("./x.js").
const staticImports = (file) =>
  [...code(file).matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]);
const dynamicImports = (file) =>
  [...code(file).matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]);

function closure(start, seen = new Set()) {
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}
const total = (files) => [...files].reduce((sum, file) => sum + gzipKb(file), 0);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script[^>]+src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error('no entry script in dist/index.html: run npm run build first');
const first = closure(entry);
const firstKb = total(first);

const pages = new Set();
for (const file of first)
  for (const page of dynamicImports(file)) if (!first.has(page)) pages.add(page);
const rows = [...pages]
  .map((page) => ({ page, kb: total(closure(page, new Set(first))) }))
  .sort((a, b) => b.kb - a.kb);

console.log(
  `first page (entry + static imports, ${first.size} files): ${firstKb.toFixed(1)} KB gzipped (budget ${budgetKb} KB)`,
);
console.log('a page opened first, with the entry (gzip -9):');
for (const { page, kb } of rows) console.log(`  ${kb.toFixed(1).padStart(7)} KB  ${page}`);

const maps = readdirSync(assets).filter((file) => file.endsWith('.map'));
let failed = false;
if (maps.length && process.env.CAIRN_SOURCE_MAPS !== 'true') {
  console.error(`source maps in dist/ (${maps.length}) without CAIRN_SOURCE_MAPS=true`);
  failed = true;
}
if (firstKb > budgetKb) {
  console.error(
    `the first page loads ${firstKb.toFixed(1)} KB of gzipped script, over the ${budgetKb} KB budget`,
  );
  failed = true;
}
process.exit(failed ? 1 : 0);
