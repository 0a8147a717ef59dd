/** Test helpers for the runtime's own tests: write a tiny classic script bundle to a temp dir. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function writeBundle(code: string, extraFiles: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fhb-rt-'));
  const file = path.join(dir, 'Code.js');
  fs.writeFileSync(file, code);
  for (const [name, content] of Object.entries(extraFiles)) fs.writeFileSync(path.join(dir, name), content);
  return file;
}
