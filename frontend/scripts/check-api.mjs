// Fails when src/lib/schema.gen.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, '../openapi.yaml');
const committed = resolve(root, 'src/lib/schema.gen.ts');

if (!existsSync(spec)) {
  console.error(`check:api: ${spec} does not exist; cannot verify src/lib/schema.gen.ts.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'cairn-check-api-'));
const fresh = join(dir, 'schema.gen.ts');
try {
  execFileSync(resolve(root, 'node_modules/.bin/openapi-typescript'), [spec, '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const same =
    existsSync(committed) && readFileSync(committed, 'utf8') === readFileSync(fresh, 'utf8');
  if (!same) {
    console.error(
      'check:api: src/lib/schema.gen.ts is out of date with ../openapi.yaml.\n' +
        '  Run `npm run gen:api` in frontend/ and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/lib/schema.gen.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
