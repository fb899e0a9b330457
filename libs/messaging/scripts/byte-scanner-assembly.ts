import wabtModule from 'wabt';

/** The TypeScript module that carries the assembled scanner: its bytes, base64, in one string. */
export async function assembleByteScanner(watSource: string): Promise<string> {
  const wabt = await wabtModule();
  const parsed = wabt.parseWat('byte-scanner.wat', watSource, { simd: true });
  try {
    parsed.validate();
    const { buffer } = parsed.toBinary({});
    const base64 = Buffer.from(buffer).toString('base64');
    const lines = base64.match(/.{1,96}/g) ?? [];
    return [
      '// Assembled from byte-scanner.wat by scripts/assemble-byte-scanner.ts: do not edit.',
      'export const BYTE_SCANNER_WASM_BASE64 =',
      `${lines.map((line) => `  '${line}'`).join(' +\n')};`,
      '',
    ].join('\n');
  } finally {
    parsed.destroy();
  }
}
