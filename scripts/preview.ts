// Shows a job summary the way GitHub shows it: GitHub-flavoured Markdown (marked, gfm) with
// GitHub's CSS (github-markdown-css), 1000 px wide, screenshot by headless Chromium
// (Debian's /usr/bin/chromium, or $CHROMIUM). <details> stay closed, as on GitHub.
//
//   npm run preview -- <summary.md | Go package folder> [--out summary.png] [--width 1000]
//                      [--input name=value ...]
//
// Given a folder, the action (dist/index.js) runs on a copy of it first, as the runner runs it,
// against the TensorFlow in .tf-venv, with GITHUB_REPOSITORY etc. set so locations are links.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { marked } from 'marked';
import { runProcess } from '../src/util/process.ts';
import { runAction } from '../test/helpers/run-action.ts';
import { makeWorkspace, removeWorkspace } from '../test/helpers/workspace.ts';
import { tfPython } from '../test/helpers/env.ts';

interface Options {
  source: string;
  out: string;
  width: number;
  inputs: Record<string, string>;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { source: '', out: 'summary.png', width: 1000, inputs: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--width') options.width = Number(value());
    else if (arg === '--input') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq < 1) throw new Error(`--input takes name=value, not ${pair}`);
      options.inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    } else if (!options.source) options.source = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (!options.source)
    throw new Error('usage: npm run preview -- <summary.md | Go package folder> [--out summary.png] [--input name=value]');
  return options;
}

/** The summary of the action run on a copy of `folder`. */
async function summaryOfRun(folder: string, inputs: Record<string, string>): Promise<string> {
  const name = path.basename(path.resolve(folder));
  const ws = makeWorkspace(path.resolve(folder), name);
  try {
    const run = await runAction({
      workspace: ws,
      inputs: { 'working-directory': name, python: tfPython(), ...inputs },
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: '4f1c2a9e0b7d' },
    });
    console.error(`tf-cgo-verify on ${name}: exit ${run.exitCode}, ${Math.round(run.durationMs)} ms`);
    return run.summary;
  } finally {
    removeWorkspace(ws);
  }
}

function page(markdown: string, width: number): string {
  const css = fs.readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${width}px; padding: 24px 32px; }
</style></head><body><article class="markdown-body">${body}</article>
<script>document.title = String(document.querySelector('article').scrollHeight)</script></body></html>`;
}

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1'];

/** The rendered page's height: Chromium's screenshot is as tall as the window it is given. */
async function pageHeight(file: string): Promise<number> {
  const run = await runProcess(chromium, [...chromiumArgs, '--dump-dom', `file://${file}`], { timeoutMs: 60_000 });
  const height = Number(/<title>(\d+)<\/title>/.exec(run.stdout)?.[1]);
  if (!height) throw new Error(`cannot measure the page with ${chromium}: ${run.stderr.slice(-500)}`);
  return height;
}

const options = parseOptions(process.argv.slice(2));
const markdown = fs.statSync(options.source).isDirectory()
  ? await summaryOfRun(options.source, options.inputs)
  : fs.readFileSync(options.source, 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcv-preview-'));
try {
  const html = path.join(dir, 'summary.html');
  fs.writeFileSync(html, page(markdown, options.width));
  const height = await pageHeight(html);
  const out = path.resolve(options.out);
  const shot = await runProcess(
    chromium,
    [...chromiumArgs, `--screenshot=${out}`, `--window-size=${options.width},${height}`, `file://${html}`],
    { timeoutMs: 60_000 },
  );
  if (!fs.existsSync(out)) throw new Error(`no screenshot from ${chromium}: ${shot.stderr.slice(-500)}`);
  console.log(`${out} (${options.width}x${height})`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
