// Cache save and restore times through the real @actions/cache client and the project's
// ActionCache, against the loopback v1 cache service double (test/helpers/cache-service.ts):
// save = tar + zstd + reserve + chunked upload + commit; restore = lookup + download + extract.
// The folder (default: this machine's GOCACHE) is copied to a temp folder first, so the
// original is never touched; the copy is emptied before each restore, as on a fresh runner.
// Run: npx node bench/cache-roundtrip.ts [--runs=N] [--dir=folder]   (default 3 runs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionCache } from '../src/setup/cache.ts';
import { runProcess } from '../src/util/process.ts';
import { startCacheService } from '../test/helpers/cache-service.ts';
import { fmtMs, median, runsFromArgs, timeIt } from './common.ts';

const runs = runsFromArgs(3);
const dirArg = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length);
const source = dirArg ?? (await runProcess('go', ['env', 'GOCACHE'])).stdout.trim();
if (!source || !fs.existsSync(source)) throw new Error(`no folder to cache: ${source || '(go env GOCACHE is empty)'}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'));
const service = await startCacheService();
const write = process.stdout.write.bind(process.stdout);
try {
  for (const d of ['workspace', 'runner-temp']) fs.mkdirSync(path.join(tmp, d));
  for (const [k, v] of Object.entries({
    ...service.env(),
    GITHUB_WORKSPACE: path.join(tmp, 'workspace'),
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
  })) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const dir = path.join(tmp, 'cached');
  fs.cpSync(source, dir, { recursive: true });
  const du = await runProcess('du', ['-sb', dir]);
  const bytes = Number(du.stdout.split('\t')[0]);

  const saves: number[] = [];
  const restores: number[] = [];
  let archive = 0;
  for (let i = 0; i < runs; i++) {
    const cache = new ActionCache(undefined, {
      notice: (m) => {
        throw new Error(m);
      },
      info: () => undefined,
    });
    const key = `bench-${i}`;
    process.stdout.write = () => true; // the client's own progress lines
    try {
      saves.push(
        await timeIt(async () => {
          if (!(await cache.save([dir], key))) throw new Error('not saved');
        }),
      );
      fs.rmSync(dir, { recursive: true });
      restores.push(
        await timeIt(async () => {
          if ((await cache.restore([dir], key)) !== key) throw new Error('not restored');
        }),
      );
    } finally {
      process.stdout.write = write;
    }
    archive = service.entries().find((e) => e.key === key)!.size;
  }
  console.log(`${source}: ${(bytes / 2 ** 20).toFixed(1)} MiB, archive ${(archive / 2 ** 20).toFixed(1)} MiB (zstd), ${runs} runs`);
  console.log(`save (tar, zstd, upload, commit):  median ${fmtMs(median(saves))}`);
  console.log(`restore (download, extract):       median ${fmtMs(median(restores))}`);
} finally {
  process.stdout.write = write;
  await service.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
