// The licence notices of the third-party packages esbuild bundled into dist/: most of them
// (MIT, Apache-2.0, ISC) require their notice to travel with every copy, and the bundle has
// no node_modules beside it. Read from esbuild's metafile, so the list is exactly what was
// bundled; sorted, so the file is the same for the same inputs (test/unit/dist.test.ts).
import fs from 'node:fs';
import path from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** The package folder of a bundled file: the part up to its innermost node_modules/<name> (or @scope/name). */
function packageDirOf(file) {
  const parts = file.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join('/');
}

function licenseOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  return 'not stated in package.json';
}

function noticeOf(root, dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const files = fs
    .readdirSync(path.join(root, dir))
    .filter((f) => LICENSE_FILE.test(f))
    .sort();
  const texts = files.map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8').trim());
  const body = texts.length ? texts.join('\n\n') : `(The package ships no licence file; its package.json says ${licenseOf(pkg)}.)`;
  return { key: `${pkg.name}@${pkg.version}`, text: `${pkg.name} ${pkg.version}\nLicense: ${licenseOf(pkg)}\n\n${body}\n` };
}

/** Writes `outFile` from an esbuild metafile (paths relative to `root`); returns how many packages it names. */
export function writeLicenseNotices(metafile, root, outFile) {
  const dirs = new Set(
    Object.keys(metafile.inputs)
      .map((input) => packageDirOf(input.replace(/\?.*$/, '')))
      .filter(Boolean),
  );
  const notices = [...dirs].map((dir) => noticeOf(root, dir));
  const unique = [...new Map(notices.map((n) => [n.key, n])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const header =
    'Third-party software bundled in dist/ by npm run build (scripts/build.mjs), with the licence notices its packages ship.\n';
  fs.writeFileSync(outFile, [header, ...unique.map((n) => n.text)].join(`\n${'-'.repeat(78)}\n\n`));
  return unique.length;
}
