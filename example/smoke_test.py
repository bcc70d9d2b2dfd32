"""Smoke test for the example library: TF_Version() must be the TensorFlow Python imports."""
import ctypes
import os

import tensorflow as tf

lib = ctypes.CDLL(os.environ["TF_CGO_LIBRARY"])
lib.TFCGOVersion.restype = ctypes.c_char_p
linked = lib.TFCGOVersion().decode()
assert linked == tf.__version__, f"library reports TensorFlow {linked}, Python imports {tf.__version__}"
assert lib.TFCGOStatusOK() == 1, "a new TF_Status is not OK"
assert lib.TFCGOGraphOperations() == 0, "an empty graph has operations"
print(f"example library OK: TensorFlow {linked}")
