// The Python side of the smoke test. It records each step as a JSON line in a result
// file, so that the action knows which step failed, hung or crashed, even when the
// process dies without a word. The user's smoke test runs in the same process after the
// load check, which saves a second `import tensorflow` (about 3 s).
export const LOAD_SCRIPT = String.raw`
import ctypes, json, os, sys, traceback

_result_path = os.environ["TF_CGO_VERIFY_RESULT"]

def _record(step, status, **extra):
    with open(_result_path, "a") as f:
        f.write(json.dumps(dict(step=step, status=status, **extra)) + "\n")

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

library = os.environ["TF_CGO_LIBRARY"]
load_as = os.environ.get("TF_CGO_VERIFY_LOAD_AS", "ctypes")

def _import_tensorflow():
    import tensorflow
    return {"version": tensorflow.__version__}

def _registered_ops():
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

def _load():
    if load_as == "op-library":
        import tensorflow
        tensorflow.load_op_library(library)
        ops = _registered_ops()
        return None if ops is None else {"ops": ops}
    else:
        mode = ctypes.RTLD_GLOBAL if load_as == "ctypes-global" else ctypes.RTLD_LOCAL
        ctypes.CDLL(library, mode=mode)

def _smoke_test():
    path = os.environ["TF_CGO_VERIFY_SMOKE_FILE"]
    # As "python tests/smoke.py" would: the test imports its neighbours (inline code: the
    # working directory's modules).
    sys.path.insert(0, os.environ.get("TF_CGO_VERIFY_SMOKE_IMPORT_DIR") or os.path.dirname(path))
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, {"__name__": "__main__", "__file__": path})

if os.environ.get("TF_CGO_VERIFY_IMPORT_TF", "1") == "1":
    _run("import-tensorflow", _import_tensorflow)
_run("load", _load)
if os.environ.get("TF_CGO_VERIFY_SMOKE_FILE"):
    _run("smoke-test", _smoke_test)
`;
