import fs from 'node:fs';
import path from 'node:path';

/** go.mod in the folder or the nearest folder above it, as the go command finds it. */
export function findGoMod(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, 'go.mod');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}
