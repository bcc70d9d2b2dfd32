// Copies fixture packages into a fresh temporary workspace, so that runs never write into
// the repository and each test starts clean.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './env.ts';

export function fixturePackage(name: string): string {
  return path.join(repoRoot, 'test', 'fixtures', 'packages', name);
}

/** A temp workspace holding `from` copied to `subdir` (default: the workspace root). */
export function makeWorkspace(from: string, subdir = '.'): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-ws-'));
  fs.cpSync(from, path.join(workspace, subdir), { recursive: true, filter: (src) => !/^lib.*\.(so|h)$/.test(path.basename(src)) });
  return workspace;
}

export function removeWorkspace(workspace: string): void {
  fs.rmSync(workspace, { recursive: true, force: true });
}
