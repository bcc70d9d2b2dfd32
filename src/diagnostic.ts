// The one shape every stage reports a finding in. Parsers produce these from tool
// output; the source mapper fills in file/line; reporters turn them into annotations,
// summary rows, SARIF results and CLI lines.

export type Severity = 'error' | 'warning' | 'notice';

export type Stage = 'input' | 'resolve' | 'setup' | 'flags' | 'build' | 'inspect' | 'smoke' | 'changes';

export type DiagnosticKind =
  // link time
  | 'undefined-reference'
  | 'more-undefined-references'
  | 'missing-library'
  | 'missing-dso'
  | 'multiple-definition'
  | 'linker-error'
  | 'linker-warning'
  // the compiler driver (gcc, g++, clang) refusing its command line
  | 'driver-error'
  | 'wrong-cpu'
  // compile time
  | 'missing-header'
  | 'cgo-unknown-name'
  | 'c-compile-error'
  | 'c-compile-warning'
  | 'go-compile-error'
  // load time
  | 'undefined-symbol'
  | 'cxx-abi-mismatch'
  | 'shared-object-not-found'
  | 'version-not-found'
  | 'static-tls'
  | 'op-library-not-found'
  | 'killed-by-signal'
  | 'duplicate-tensorflow-runtime'
  | 'timeout'
  | 'python-exception'
  // post-build checks
  | 'missing-expected-symbol'
  | 'unresolved-symbol'
  | 'resolved-only-by-import'
  | 'glibc-too-new'
  | 'not-in-tensorflow'
  // another TensorFlow's libraries on the loader's paths
  | 'other-tensorflow'
  // a Python extension module: its PyInit_ export, file name, NEEDED libpython
  | 'extension-module'
  // another Go c-shared object loaded into the same process
  | 'two-go-runtimes'
  // the declared TensorFlow range (supported-tensorflow) against the C API history
  | 'outside-supported-range'
  | 'kernel-bound-to-minor'
  // a library built elsewhere (the library input) for TensorFlow versions other than the installed one
  | 'built-for-other-tensorflow'
  // load-on-tensorflow: the built file does not load under another TensorFlow version
  | 'fails-on-other-tensorflow'
  // a pull request's version pin change behind the other findings
  | 'pin-change'
  | 'other';

export interface Location {
  /** Absolute path, or a path as the tool printed it when it could not be resolved. */
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** One more place the tool named for a finding, with what it is there (e.g. "first defined here"). */
export interface RelatedLocation extends Location {
  note: string;
}

/** Where the tool said a name is declared (gcc's `note: declared here`), with the source line it printed there. */
export interface Declaration extends Location {
  source?: string;
}

export interface Diagnostic {
  severity: Severity;
  kind: DiagnosticKind;
  stage: Stage;
  /** Short, for an annotation title, e.g. "Undefined reference to TF_Foo". */
  title: string;
  /** What went wrong, in a sentence or two. */
  message: string;
  /** How to fix it, when we know. */
  fix?: string;
  symbol?: string;
  /** The symbol as c++filt shows it, when it is a C++ symbol. */
  demangled?: string;
  /** A library name, as in -lX or a file name such as libtensorflow_cc.so.2. */
  library?: string;
  header?: string;
  /** For a link-time reference: the C function it is in, e.g. `_cgo_4904bc4eed61_Cfunc_TF_Version`. */
  referencedFrom?: string;
  /** The TensorFlow library that defines the symbol, when one does (e.g. libtensorflow_cc.so.2). */
  providedBy?: string;
  /** Where the tool said the problem is (may be a generated or external file). */
  toolLocation?: Location;
  /** The other places the tool named: further references, the first definition of a duplicate. */
  relatedLocations?: RelatedLocation[];
  /** For a compiler message about a declared name (a deprecation): where the tool said it is declared. */
  declaredAt?: Declaration;
  /** The object file the tool named (`main.o`; `helpers.o` for a member of an archive). */
  object?: string;
  /** The static archive that object is a member of. */
  archive?: string;
  /** Where in the user's Go source the problem comes from, once mapped. */
  locations?: Location[];
  /** How many times the tool reported this same finding (merged duplicates). */
  count?: number;
  /** The raw tool lines this finding was parsed from. */
  raw?: string[];
  /** 'first': annotated before every other finding of its severity (the pin line in a PR's diff). */
  rank?: 'first';
}

/** The optional text fields of a finding, copied as they are wherever a finding is carried on. */
export const OPTIONAL_TEXT_FIELDS = [
  'fix',
  'symbol',
  'demangled',
  'library',
  'header',
  'referencedFrom',
  'providedBy',
  'object',
  'archive',
] as const;

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return severityRank[a] - severityRank[b];
}

/** File order: by path, then line, then column; a place without a line first in its file. */
export function compareFileOrder(a: Location, b: Location): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] <= severityRank[threshold];
}
