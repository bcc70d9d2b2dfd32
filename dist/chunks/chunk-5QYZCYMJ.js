import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  startProcess
} from "./chunk-3PHFEWK4.js";

// src/environment-error.ts
var EnvironmentError = class extends Error {
  /** The service, tool or place that failed, e.g. "Go download site go.dev", "go" or "output folder /w/out". */
  service;
  constructor(service, message) {
    super(`${service}: ${message}`);
    this.service = service;
  }
};

// src/smoke/python-worker.ts
import path from "node:path";

// src/smoke/load-script.ts
var LOAD_SCRIPT = String.raw`
import ctypes, gc, json, os, signal, sys, threading, traceback

# Run with -c: the working directory is not the place to import modules from.
if sys.path and sys.path[0] == "":
    del sys.path[0]
os.set_inheritable(3, False)

def _record(step, status, **extra):
    os.write(3, (json.dumps(dict(step=step, status=status, **extra)) + "\n").encode())

def _run(step, fn):
    _record(step, "started")
    try:
        value = fn()
    except SystemExit as e:
        if e.code in (None, 0):
            _record(step, "passed")
            return None
        _record(step, "failed", error="SystemExit: %s" % (e.code,), traceback="")
        sys.exit(1)
    except BaseException as e:
        tb = traceback.format_exc()
        sys.stderr.write(tb)
        sys.stderr.flush()
        _record(step, "failed", error="%s: %s" % (type(e).__name__, e), traceback=tb)
        sys.exit(1)
    _record(step, "passed", **(value or {}))
    return value

_request = {}
_requested = threading.Event()

def _watch_stdin():
    # Raw reads: a buffered stdin held by this thread would abort the interpreter's shutdown.
    data = b""
    while b"\n" not in data:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        data += chunk
    if b"\n" in data:
        _request.update(json.loads(data.split(b"\n", 1)[0]))
        _requested.set()
        while os.read(0, 65536):
            pass
    # The action holds the other end until this process is done: the end of input means the
    # action is gone, so this process and everything it started go too.
    if os.getpgid(0) == os.getpid():
        os.killpg(0, signal.SIGKILL)
    os._exit(1)

threading.Thread(target=_watch_stdin, daemon=True).start()

def _import_tensorflow():
    # The import makes a few million objects and no garbage worth a collection: without the
    # collector it takes 5-10% less CPU, and frozen, its objects are never walked again.
    gc.disable()
    try:
        import tensorflow
    finally:
        gc.freeze()
        gc.enable()
    return {"version": tensorflow.__version__}

def _registered_ops(library):
    # The op names the library registers, as load_op_library reads them (its handle is cached).
    try:
        from tensorflow.python.client import pywrap_tf_session
        from tensorflow.core.framework import op_def_pb2
        handle = pywrap_tf_session.TF_LoadLibrary(library)
        try:
            ops = op_def_pb2.OpList.FromString(pywrap_tf_session.TF_GetOpList(handle))
        finally:
            pywrap_tf_session.TF_DeleteLibraryHandle(handle)
        return [op.name for op in ops.op]
    except Exception:
        return None

_module = []

def _shared_objects():
    # The shared objects mapped into this process (Linux), for the check that no second Go
    # runtime is loaded beside the library's.
    try:
        with open("/proc/self/maps") as f:
            fields = [line.split(None, 5) for line in f]
    except OSError:
        return None
    paths = {parts[5].strip() for parts in fields if len(parts) == 6}
    return sorted(p for p in paths if p.startswith("/") and ".so" in os.path.basename(p))

def _import_module(library):
    # As "import <name>" does for <name><suffix> on sys.path: the module name is the file name
    # up to its first dot, and Python calls PyInit_<name>. Registered under that name, so the
    # smoke test can import it.
    import importlib.machinery, importlib.util
    name = os.path.basename(library).split(".")[0]
    spec = importlib.util.spec_from_file_location(name, library)
    if spec is None:
        raise ImportError("%s does not end in a suffix Python imports an extension module from (%s)"
                          % (os.path.basename(library), ", ".join(importlib.machinery.EXTENSION_SUFFIXES)))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    _module.append(module)
    return {"module": name, "objects": _shared_objects()}

def _load():
    library = _request["library"]
    if _request["loadAs"] == "python-module":
        return _import_module(library)
    if _request["loadAs"] == "op-library":
        import tensorflow
        tensorflow.load_op_library(library)
        ops = _registered_ops(library)
        return {"objects": _shared_objects()} if ops is None else {"ops": ops, "objects": _shared_objects()}
    else:
        mode = ctypes.RTLD_GLOBAL if _request["loadAs"] == "ctypes-global" else ctypes.RTLD_LOCAL
        ctypes.CDLL(library, mode=mode)
        return {"objects": _shared_objects()}

def _smoke_test():
    smoke = _request["smokeTest"]
    # As "python tests/smoke.py" would: the test imports its neighbours (inline code: the
    # working directory's modules).
    sys.path.insert(0, smoke["importDir"])
    if "path" in smoke:
        with open(smoke["path"]) as f:
            source, name = f.read(), smoke["path"]
    else:
        source, name = smoke["code"], "<smoke-test>"
    scope = {"__name__": "__main__", "__file__": name}
    if _module:
        # An extension module's smoke test gets the imported module object.
        scope["module"] = _module[0]
    exec(compile(source, name, "exec"), scope)
    return {"objects": _shared_objects()}

if os.environ.get("TF_CGO_VERIFY_IMPORT_TF") == "1":
    _run("import-tensorflow", _import_tensorflow)
_requested.wait()
# A prestarted import: the environment setup made after this process started.
os.environ.update(_request.get("environ") or {})
for _name in _request.get("unset") or []:
    os.environ.pop(_name, None)
os.environ["TF_CGO_LIBRARY"] = _request["library"]
_run("load", _load)
if _request.get("smokeTest"):
    _run("smoke-test", _smoke_test)
# The interpreter's last garbage collection walks everything tensorflow allocated (about
# 0.6 s on the critical path). Frozen objects are left out of it; atexit handlers, module
# teardown and the libraries' destructors still run, so a crash on exit is still seen.
gc.freeze()
`;

// src/smoke/smoke.ts
function stepsFromRecords(text) {
  const latest = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line);
      latest.set(record.step, record);
    } catch {
    }
  }
  const steps = [...latest.values()];
  const unfinished = steps.find((s) => s.status === "started")?.step;
  return { steps, unfinished };
}

// src/parse/line-splitter.ts
var defaultMaxLineLength = 16 * 1024;
function createLineSplitter(onLine, maxLineLength = defaultMaxLineLength) {
  let partial = "";
  let skipping = false;
  const emit = (line) => {
    const end = line.length > 0 && line.charCodeAt(line.length - 1) === 13 ? line.length - 1 : line.length;
    onLine(end === line.length ? line : line.slice(0, end));
  };
  return {
    write(chunk) {
      let start = 0;
      for (; ; ) {
        const newline = chunk.indexOf("\n", start);
        if (newline === -1) break;
        if (skipping) {
          skipping = false;
        } else if (partial.length > 0) {
          const line = partial + chunk.slice(start, Math.min(newline, start + maxLineLength - partial.length));
          partial = "";
          emit(line);
        } else {
          emit(newline - start > maxLineLength ? chunk.slice(start, start + maxLineLength) : chunk.slice(start, newline));
        }
        start = newline + 1;
      }
      if (start >= chunk.length || skipping) return;
      const rest = chunk.length - start;
      if (partial.length + rest <= maxLineLength) {
        partial += chunk.slice(start);
      } else {
        const line = partial + chunk.slice(start, start + maxLineLength - partial.length);
        partial = "";
        skipping = true;
        emit(line);
      }
    },
    end() {
      if (partial.length > 0) emit(partial);
      partial = "";
      skipping = false;
    }
  };
}

// src/smoke/python-worker.ts
var IMPORT_TIMEOUT_MS = 6e5;
var MIN_EXIT_TIMEOUT_MS = 3e4;
function environmentChanges(from, to) {
  const environ = {};
  for (const [name, value] of Object.entries(to)) if (value !== void 0 && from[name] !== value) environ[name] = value;
  const unset = Object.keys(from).filter((name) => from[name] !== void 0 && to[name] === void 0);
  return { environ, unset };
}
function workerEnvironment(options) {
  return {
    ...options.env,
    TF_CGO_VERIFY_IMPORT_TF: options.importTensorflow ? "1" : "0",
    PYTHONUNBUFFERED: "1",
    // TensorFlow's INFO lines (oneDNN, CPU features) on every load are noise unless debugging.
    TF_CPP_MIN_LOG_LEVEL: options.env.TF_CPP_MIN_LOG_LEVEL ?? (options.env.RUNNER_DEBUG === "1" ? "0" : "1")
  };
}
function startPythonWorker(options) {
  const started = Date.now();
  let records = "";
  let held = [];
  let sink;
  let order;
  let importing = options.importTensorflow;
  let onImported = () => void 0;
  const imported = new Promise((resolve) => {
    onImported = (outcome) => {
      importing = false;
      onImported = () => void 0;
      resolve(outcome);
    };
  });
  const onRecord = (line) => {
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      return;
    }
    if (record.step === "import-tensorflow" && record.status !== "started") {
      onImported({ status: record.status, durationMs: Date.now() - started, ...record.error ? { error: record.error } : {} });
      if (!order) child.clearTimeout();
    }
    if (!order) return;
    if (record.step === "load" && record.status === "started") child.restartTimeout(order.timeoutMs);
    const lastStep = order.smokeTest ? "smoke-test" : "load";
    if (record.step === lastStep && record.status === "passed") child.restartTimeout(Math.max(order.timeoutMs, MIN_EXIT_TIMEOUT_MS));
  };
  const recordLines = createLineSplitter(onRecord);
  const child = startProcess(options.python, ["-X", "faulthandler", "-c", LOAD_SCRIPT], {
    cwd: options.cwd,
    criticalPath: options.importTensorflow,
    // the run waits for an import of tensorflow: it does not yield to the build
    env: workerEnvironment(options),
    onOutput: (chunk) => sink ? sink(chunk) : held.push(chunk),
    onChannel: (chunk) => {
      records += chunk;
      recordLines.write(chunk);
    }
  });
  if (importing) child.restartTimeout(IMPORT_TIMEOUT_MS);
  const ended = child.result.then((run) => {
    onImported({ status: "failed", durationMs: Date.now() - started });
    return run;
  });
  if (!options.importTensorflow) onImported({ status: "passed", durationMs: 0 });
  return {
    imported,
    async load(given) {
      order = given;
      if (given.onOutput) {
        for (const chunk of held) given.onOutput(chunk);
        sink = given.onOutput;
      }
      held = [];
      const test = given.smokeTest;
      const smokeTest = test && {
        importDir: test.kind === "file" ? path.dirname(test.path) : options.cwd,
        ...test.kind === "file" ? { path: test.path } : { code: test.code }
      };
      if (!importing) child.restartTimeout(given.timeoutMs);
      const environ = given.environment ? environmentChanges(options.env, given.environment) : void 0;
      child.write(`${JSON.stringify({ library: given.library, loadAs: given.loadAs, smokeTest, ...environ })}
`);
      const run = await ended;
      const { steps, unfinished } = stepsFromRecords(records);
      const ok = run.exitCode === 0 && !run.timedOut && steps.every((s) => s.status === "passed");
      return { ok, steps, unfinishedStep: unfinished, run };
    },
    stop() {
      onImported({ status: "stopped", durationMs: Date.now() - started });
      child.kill();
    }
  };
}

// src/smoke/prestart.ts
function prestartImport(inputs, env = process.env) {
  if (inputs.setup.tensorflowVersion || inputs.setup.tensorflowVersionFile) return void 0;
  const { python, workingDirectory: cwd } = inputs;
  return { python, cwd, worker: startPythonWorker({ python, importTensorflow: true, env, cwd }) };
}
function adoptPrestarted(prestarted, wanted) {
  if (!prestarted) return void 0;
  if (prestarted.python !== wanted.python || prestarted.cwd !== wanted.cwd) {
    prestarted.worker.stop();
    return void 0;
  }
  const { worker } = prestarted;
  return {
    imported: worker.imported,
    load: (order) => worker.load({ ...order, environment: wanted.env }),
    stop: () => worker.stop()
  };
}

// src/util/temp-dir.ts
import os from "node:os";
function runnerTemp(env = process.env) {
  return env.RUNNER_TEMP || os.tmpdir();
}
function toolCacheOrTemp(env = process.env) {
  return env.RUNNER_TOOL_CACHE || runnerTemp(env);
}

// src/util/words.ts
var WordSplitError = class extends Error {
};
function splitWords(text) {
  const words = [];
  let current = "";
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new WordSplitError(`unterminated single quote at character ${i + 1}`);
      current += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== "\n") current += text[i + 1];
          i += 2;
          continue;
        }
        current += c;
        i++;
      }
      if (!closed) throw new WordSplitError("unterminated double quote");
      inWord = true;
    } else if (ch === "\\") {
      if (i + 1 >= text.length) throw new WordSplitError("trailing backslash");
      if (text[i + 1] !== "\n") {
        current += text[i + 1];
        inWord = true;
      }
      i += 2;
    } else if (/\s/.test(ch)) {
      if (inWord) {
        words.push(current);
        current = "";
        inWord = false;
      }
      i++;
    } else {
      current += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(current);
  return words;
}
function splitList(text) {
  return text.split(/[,\n]/).map((s) => s.trim()).filter((s) => s.length > 0);
}

// src/util/go-mod.ts
import fs from "node:fs";
import path2 from "node:path";
function findGoMod(dir) {
  for (let d = path2.resolve(dir); ; d = path2.dirname(d)) {
    const candidate = path2.join(d, "go.mod");
    if (fs.existsSync(candidate)) return candidate;
    if (path2.dirname(d) === d) return void 0;
  }
}

export {
  WordSplitError,
  splitWords,
  splitList,
  findGoMod,
  EnvironmentError,
  defaultMaxLineLength,
  createLineSplitter,
  IMPORT_TIMEOUT_MS,
  startPythonWorker,
  prestartImport,
  adoptPrestarted,
  runnerTemp,
  toolCacheOrTemp
};
