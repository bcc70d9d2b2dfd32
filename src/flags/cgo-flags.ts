// Computes CGO_CFLAGS and CGO_LDFLAGS from the TensorFlow that is actually installed.
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';

export interface CgoFlags {
  cflags: string[];
  ldflags: string[];
  /** Library arguments the action added (e.g. ':libtensorflow_cc.so.2'), for source mapping. */
  computedLibraries: string[];
}

/** Quotes a word for cmd/go's CGO_*FLAGS splitting, which honours single and double quotes. */
export function quoteFlag(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}

export function joinFlags(words: readonly string[]): string {
  return words.map(quoteFlag).join(' ');
}

/** TensorFlow's C API is split across these two; both are linked until link narrowing lands. */
export function tensorflowLibraries(tf: TensorFlowInstall): string[] {
  const wanted = ['libtensorflow_framework', 'libtensorflow_cc'];
  return wanted
    .map((stem) => tf.libraries.find((f) => f.startsWith(`${stem}.so`) || f.startsWith(`${stem}.`) && f.endsWith('.dylib')))
    .filter((f): f is string => f !== undefined);
}

export function computeCgoFlags(tf: TensorFlowInstall, options: { libraries?: string[] } = {}): CgoFlags {
  const libraries = options.libraries ?? tensorflowLibraries(tf);
  const cflags = [`-I${tf.includeDir}`, `-D_GLIBCXX_USE_CXX11_ABI=${tf.cxx11AbiFlag}`];
  const computedLibraries = libraries.map((file) => `:${file}`);
  // -z defs turns "links now, fails at load time" into a link error naming the symbol.
  const ldflags = [`-L${tf.libDir}`, ...computedLibraries.map((lib) => `-l${lib}`), '-Wl,-z,defs'];
  return { cflags, ldflags, computedLibraries };
}

/** Keeps what the user's environment had in CGO_*FLAGS; cmd/go's CFLAGS default "-O2 -g" would otherwise be lost. */
export function cgoEnvironment(flags: CgoFlags, env: NodeJS.ProcessEnv): Record<string, string> {
  const baseC = env.CGO_CFLAGS ?? '-O2 -g';
  const baseL = env.CGO_LDFLAGS ?? '';
  return {
    CGO_ENABLED: '1',
    CGO_CFLAGS: [baseC, joinFlags(flags.cflags)].filter(Boolean).join(' '),
    CGO_LDFLAGS: [baseL, joinFlags(flags.ldflags)].filter(Boolean).join(' '),
  };
}
