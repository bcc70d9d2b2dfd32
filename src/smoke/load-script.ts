// The Python side of the loads. It can start before the library exists: it imports
// tensorflow (when asked) and then waits for one JSON line on standard input naming the
// library, how to load it and the smoke test. Each step is recorded as a JSON line on fd 3,
// so that the action knows which step failed, hung or crashed, even when the process dies
// without a word, and when the load starts (the smoke timeout counts from there). The
// user's smoke test runs in the same process after the load check, which saves a second
// `import tensorflow` (about 3 s).
export const LOAD_SCRIPT = String.raw`
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
