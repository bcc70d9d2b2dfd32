// Input `load-as: auto`: load the library the way it will be used. A Python extension module
// (it includes Python.h, references Py* names or exports PyInit_*) is imported; one that
// registers ops or kernels is a plugin for tf.load_op_library; anything else is loaded with
// ctypes. The built library's undefined symbols tell which: registration goes through
// TensorFlow's registrars (C++: REGISTER_OP, REGISTER_KERNEL_BUILDER) or the C API's.
import type { LoadAs } from './smoke.ts';
import { referencesPython } from '../resolve/extension-module.ts';

const REGISTRATION =
  /^(?:TF_RegisterKernelBuilder|TF_RegisterKernelBuilderWithKernelDef|TF_RegisterOpDefinition)$|^_ZN10tensorflow(?:14kernel_factory17OpKernelRegistrar|11register_op19OpDefBuilderWrapper|15register_kernel)/;

/** Pure: whether names the library leaves undefined register ops or kernels. */
export function registersOps(undefinedNames: readonly string[]): boolean {
  return undefinedNames.some((name) => REGISTRATION.test(name));
}

/** Pure: the load for `setting`, with auto decided from the library's undefined names and whether it is an extension module. */
export function chooseLoadAs(setting: LoadAs | 'auto', undefinedNames: readonly string[], extensionModule = false): LoadAs {
  if (setting !== 'auto') return setting;
  if (extensionModule || referencesPython(undefinedNames)) return 'python-module';
  return registersOps(undefinedNames) ? 'op-library' : 'ctypes';
}
