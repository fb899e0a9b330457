/**
 * Assembles src/byte-scanner.wat into src/byte-scanner-wasm.ts (the module's bytes, base64), so
 * the library ships no binary file and needs no loader. `--check` exits 1 when the committed file
 * is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleByteScanner } from './byte-scanner-assembly.js';

const sourceDir = join(import.meta.dirname, '..', 'src');
const target = join(sourceDir, 'byte-scanner-wasm.ts');
const text = await assembleByteScanner(readFileSync(join(sourceDir, 'byte-scanner.wat'), 'utf8'));
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    process.stderr.write(`${target} is stale: run pnpm assemble-scanner\n`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
