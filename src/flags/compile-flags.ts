// TensorFlow's compile flags, as tf.sysconfig.get_compile_flags() gives them, derived from the
// install without importing tensorflow (the import costs ~3 s): the include folder, the C++11
// ABI, the C++ standard and Eigen's alignment (part of the kernel ABI: a kernel built with
// another alignment lays out Eigen tensors differently). test/integration/compile-flags.test.ts
// compares them with get_compile_flags() of the installed TensorFlow.
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';

export interface CompileFlags {
  /** For C and C++ alike (CGO_CFLAGS and CGO_CXXFLAGS). */
  cflags: string[];
  /** For C++ only: --std=c++17 in CGO_CFLAGS breaks runtime/cgo ("valid for C++ but not for C", built with -Werror). */
  cxxflags: string[];
}

/** The C++ standard TensorFlow's headers need: C++17 since 2.10 (the 2.10 release notes), C++14 before. */
export function cxxStandardFor(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map((part) => parseInt(part, 10));
  return major > 2 || (major === 2 && minor >= 10) ? 'c++17' : 'c++14';
}

/** get_compile_flags() names EIGEN_MAX_ALIGN_BYTES since 2.13; the pip wheels are built with 64. */
export function eigenAlignFor(version: string): number | undefined {
  const [major = 0, minor = 0] = version.split('.').map((part) => parseInt(part, 10));
  return major > 2 || (major === 2 && minor >= 13) ? 64 : undefined;
}

/**
 * The flags, with the include folders as -isystem (joined, one word): TensorFlow's headers are
 * a dependency's, so their own warnings (some 200 deprecations per kernel on 2.21) are not the
 * package's findings. The interpreter's headers (Python.h, for a package that is an extension
 * module) come from the same Python that imports TensorFlow, and are a dependency's too.
 */
export function tensorflowCompileFlags(
  tf: Pick<TensorFlowInstall, 'includeDir' | 'cxx11AbiFlag' | 'version' | 'pythonIncludeDir'>,
): CompileFlags {
  const align = eigenAlignFor(tf.version);
  return {
    cflags: [
      ...(tf.pythonIncludeDir ? [`-isystem${tf.pythonIncludeDir}`] : []),
      `-isystem${tf.includeDir}`,
      `-D_GLIBCXX_USE_CXX11_ABI=${tf.cxx11AbiFlag}`,
      ...(align !== undefined ? [`-DEIGEN_MAX_ALIGN_BYTES=${align}`] : []),
    ],
    cxxflags: [`--std=${cxxStandardFor(tf.version)}`],
  };
}
