import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);

// src/util/process.ts
import fs from "node:fs";
import os from "node:os";
import { spawn } from "node:child_process";
var laterInBackground = false;
var BACKGROUND_NICE = 10;
function startLaterProcessesInBackground() {
  laterInBackground = true;
}
function lowerPriority(pid, ownGroup) {
  try {
    os.setPriority(pid, Math.max(BACKGROUND_NICE, os.getPriority(pid)));
    if (ownGroup) fs.writeFileSync(`/proc/${pid}/autogroup`, String(BACKGROUND_NICE));
  } catch {
  }
}
var TailBuffer = class {
  text = "";
  max;
  constructor(max) {
    this.max = max;
  }
  add(chunk) {
    this.text += chunk;
    if (this.text.length > this.max * 2) this.text = this.text.slice(-this.max);
  }
  toString() {
    return this.text.length > this.max ? this.text.slice(-this.max) : this.text;
  }
};
var EXIT_GRACE_MS = 2e3;
var liveGroups = /* @__PURE__ */ new Set();
var exitHooked = false;
function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function killLiveGroups() {
  for (const pid of liveGroups) killGroup(pid);
  liveGroups.clear();
}
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on("exit", killLiveGroups);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    const onSignal = () => {
      killLiveGroups();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}
function spawnChild(command, args, options, ownGroup) {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.onChannel ? ["pipe", "pipe", "pipe", "pipe"] : ["pipe", "pipe", "pipe"],
    // Own process group, so that a timeout or kill reaches grandchildren too.
    detached: ownGroup
  });
  if (ownGroup && child.pid !== void 0) {
    hookExit();
    liveGroups.add(child.pid);
  }
  if (laterInBackground && !options.criticalPath && child.pid !== void 0) lowerPriority(child.pid, ownGroup);
  return child;
}
function startRun(command, args, options, ownGroup) {
  const child = spawnChild(command, args, options, ownGroup);
  const pid = child.pid;
  const killNow = () => {
    if (ownGroup && pid !== void 0) killGroup(pid);
    else child.kill("SIGKILL");
  };
  const channel = options.onChannel ? child.stdio[3] : void 0;
  return { child, pid, channel, killNow, timedOut: false, settled: false, timer: void 0 };
}
function collectOutput(run, options) {
  const max = options.maxBuffer ?? 8 * 1024 * 1024;
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  const both = new TailBuffer(max);
  const { child, channel } = run;
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    out.add(chunk);
    both.add(chunk);
    options.onOutput?.(chunk, "stdout");
  });
  child.stderr.on("data", (chunk) => {
    err.add(chunk);
    both.add(chunk);
    options.onOutput?.(chunk, "stderr");
  });
  if (channel) {
    channel.setEncoding("utf8");
    channel.on("data", (chunk) => options.onChannel?.(chunk));
  }
  return () => ({ stdout: out.toString(), stderr: err.toString(), combined: both.toString() });
}
function awaitEnd(run, options, output, started) {
  const { child, channel } = run;
  return new Promise((resolve) => {
    const finish = (end) => {
      if (run.settled) return;
      run.settled = true;
      if (run.timer) clearTimeout(run.timer);
      options.signal?.removeEventListener("abort", run.killNow);
      if (run.pid !== void 0) liveGroups.delete(run.pid);
      resolve({ ...end, timedOut: run.timedOut, ...output(), durationMs: Date.now() - started });
    };
    child.on("error", (error) => finish({ exitCode: null, signal: null, spawnError: error }));
    child.on("exit", (code, signal) => {
      if (run.timer) clearTimeout(run.timer);
      child.stdin.destroy();
      const grace = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        channel?.destroy();
        finish({ exitCode: code, signal });
      }, EXIT_GRACE_MS);
      grace.unref();
    });
    child.on("close", (code, signal) => finish({ exitCode: code, signal }));
  });
}
function controls(run) {
  const { child } = run;
  return {
    write: (text) => {
      if (!run.settled && child.stdin.writable) child.stdin.write(text);
    },
    restartTimeout: (ms) => {
      if (run.settled) return;
      if (run.timer) clearTimeout(run.timer);
      run.timer = setTimeout(() => {
        run.timedOut = true;
        run.killNow();
      }, ms);
    },
    clearTimeout: () => {
      if (run.timer) clearTimeout(run.timer);
      run.timer = void 0;
    },
    kill: () => {
      if (!run.settled) run.killNow();
    }
  };
}
function start(command, args, options, ownGroup, input) {
  const started = Date.now();
  const run = startRun(command, args, options, ownGroup);
  const result = awaitEnd(run, options, collectOutput(run, options), started);
  run.child.stdin.on("error", () => void 0);
  if (input !== void 0) run.child.stdin.end(input);
  const handle = controls(run);
  if (options.timeoutMs !== void 0) handle.restartTimeout(options.timeoutMs);
  if (options.signal?.aborted) run.killNow();
  else options.signal?.addEventListener("abort", run.killNow, { once: true });
  return { result, ...handle };
}
function runProcess(command, args, options = {}) {
  const ownGroup = options.timeoutMs !== void 0 || options.signal !== void 0;
  return start(command, args, options, ownGroup, options.input ?? "").result;
}
function startProcess(command, args, options = {}) {
  return start(command, args, options, true);
}
function outputTail(result, lines = 15) {
  return (result.spawnError?.message ?? result.combined).trim().split("\n").slice(-lines).join("\n");
}

export {
  startLaterProcessesInBackground,
  runProcess,
  startProcess,
  outputTail
};
