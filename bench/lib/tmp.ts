import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty directory under the system's temp dir (the data dir does not exist inside it yet). */
export function tempDir(label: string): { path: string; dataDir: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `klimatandem-bench-${label}-`));
  return { path, dataDir: join(path, 'data'), remove: () => rmSync(path, { recursive: true, force: true }) };
}
