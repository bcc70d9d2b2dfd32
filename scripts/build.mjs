// Bundles the action (main and post step) and the CLI into dist/. Deterministic for a given esbuild version,
// so test/unit/dist.test.ts can compare a fresh build with the committed one. The bundled
// packages' licence notices go to dist/licenses.txt (scripts/licenses.mjs).
import { build } from 'esbuild';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { lazyActionsCoreOidc } from './lazy-core-oidc.mjs';
import { writeLicenseNotices } from './licenses.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');

// Start empty: content-hashed chunks from an earlier build must not linger in dist/.
fs.rmSync(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', post: 'src/post-index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // The notices go to licenses.txt whole, not as scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [lazyActionsCoreOidc],
  // Some bundled CommonJS dependencies call require() on Node built-ins.
  banner: { js: "import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);" },
});
writeLicenseNotices(result.metafile, root, path.join(outdir, 'licenses.txt'));
