// SARIF 2.1.0 for code scanning. Unlike annotations, it carries every finding. Paths are
// workspace-relative where the file is in the workspace; anything else stays out of SARIF
// locations (it would point at nothing) and is named in the message text instead.
import type { Diagnostic, DiagnosticKind, Severity, Stage } from '../diagnostic.ts';
import { annotationMessage } from './annotations.ts';
import { originText, relatedWorkspacePositions, workspacePositions, workspaceRelative } from '../util/workspace-paths.ts';
import type { WorkspacePosition } from '../util/workspace-paths.ts';
import { toolName } from './tool-name.ts';

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  /** For a related location: its index among the result's, and what it is ("another use"). */
  id?: number;
  message?: { text: string };
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
    region?: SarifRegion;
  };
}

export interface SarifRule {
  id: DiagnosticKind;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifResult {
  ruleId: DiagnosticKind;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations?: SarifLocation[];
  /** The finding's other places (a warning merged from many uses), which code scanning lists under the result. */
  relatedLocations?: SarifLocation[];
  properties: { title: string; stage: Stage; symbol?: string; demangled?: string; library?: string; header?: string; providedBy?: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
      results: SarifResult[];
    },
  ];
}

export interface SarifOptions {
  workspace: string;
  toolVersion: string;
  /** The tool's home page; rules link to it as their helpUri. */
  informationUri?: string;
  /**
   * An absolute path of a workspace file (e.g. the package's go.mod) to anchor findings
   * that have no workspace location. Code scanning rejects the whole upload when a
   * result has no location ("locationFromSarifResult: expected at least one location"),
   * so pass this when the file goes to github/codeql-action/upload-sarif.
   */
  fallbackFile?: string;
}

// Rule texts per kind: the shortDescription and help code scanning shows for a rule.
const ruleTexts: Record<DiagnosticKind, { short: string; help: string; level: Severity }> = {
  'undefined-reference': {
    level: 'error',
    short: 'The linker found no definition of a symbol the Go package calls through cgo.',
    help: 'Link the library that defines it, e.g. add -l:libtensorflow_cc.so.2 (with -L<tensorflow dir>) to CGO_LDFLAGS; most TF_* C API functions live in libtensorflow_cc.so.2.',
  },
  'more-undefined-references': {
    level: 'error',
    short: 'The linker reported further undefined references to the same symbol.',
    help: 'Fix the first undefined reference to the symbol; the rest go with it.',
  },
  'missing-library': {
    level: 'error',
    short: 'A library named with -l was not found on the linker search path.',
    help: 'Point -L at the directory that holds it (for TensorFlow, the site-packages/tensorflow directory) or fix the name in the #cgo LDFLAGS line.',
  },
  'missing-dso': {
    level: 'error',
    short: 'A symbol is defined in a shared library that is not on the link command line.',
    help: 'Add the library the linker names in its note to CGO_LDFLAGS.',
  },
  'multiple-definition': {
    level: 'error',
    short: 'A symbol is defined more than once at link time.',
    help: 'Define C functions in the cgo preamble as static inline, or move them to one .c file.',
  },
  'linker-error': { level: 'error', short: 'The link failed.', help: 'See the linker output in the job summary.' },
  'linker-warning': { level: 'warning', short: 'The linker warned about the link.', help: 'See the linker output in the job summary.' },
  'driver-error': {
    level: 'error',
    short: 'The compiler driver refused its command line.',
    help: 'Correct the option or input file in #cgo LDFLAGS or CGO_LDFLAGS.',
  },
  'wrong-cpu': {
    level: 'error',
    short: 'A library or object is built for another CPU.',
    help: 'Link and load files built for the CPU of the build (GOARCH) and of the machine that loads the library.',
  },
  'missing-header': {
    level: 'error',
    short: 'A C header included by the cgo preamble was not found.',
    help: 'Add -I<tensorflow dir>/include to CGO_CFLAGS, or fix the #include path.',
  },
  'cgo-unknown-name': {
    level: 'error',
    short: 'cgo could not find a C name the Go code uses.',
    help: 'Check the spelling and that the preamble includes the header that declares it.',
  },
  'c-compile-error': {
    level: 'error',
    short: 'The C compiler reported an error in cgo code.',
    help: 'Fix the C code in the preamble, or the flags it is compiled with.',
  },
  'c-compile-warning': {
    level: 'warning',
    short: 'The C compiler reported a warning in cgo code.',
    help: 'Review the C code in the preamble.',
  },
  'go-compile-error': { level: 'error', short: 'The Go compiler reported an error.', help: 'Fix the Go code at the location given.' },
  'undefined-symbol': {
    level: 'error',
    short: 'Loading the shared object failed on a symbol no loaded library defines.',
    help: 'Link the library that defines it so it is recorded as NEEDED; build with -Wl,-z,defs to catch this at link time.',
  },
  'cxx-abi-mismatch': {
    level: 'error',
    short: 'C++ symbols differ in the _GLIBCXX_USE_CXX11_ABI setting between the build and TensorFlow.',
    help: 'Compile with the -D_GLIBCXX_USE_CXX11_ABI value from tf.sysconfig.get_compile_flags().',
  },
  'shared-object-not-found': {
    level: 'error',
    short: 'The loader could not find a shared library the object needs.',
    help: 'Add an rpath (e.g. -Wl,-rpath,<tensorflow dir>) or load TensorFlow first.',
  },
  'version-not-found': {
    level: 'error',
    short: 'A required symbol version is missing from a system library.',
    help: 'Build on a system no newer than the one that loads the object, or ship a matching libstdc++.',
  },
  'static-tls': {
    level: 'error',
    short: 'The loader ran out of static TLS space for the shared object.',
    help: 'Load the object earlier in the process, or build it without initial-exec TLS.',
  },
  'op-library-not-found': {
    level: 'error',
    short: 'tf.load_op_library failed to load the library.',
    help: 'See the loader message; usually a missing symbol or dependency.',
  },
  'killed-by-signal': {
    level: 'error',
    short: 'The process loading the shared object was killed by a signal.',
    help: 'Often two TensorFlow runtimes or ABI mismatches; see the output in the job summary.',
  },
  'duplicate-tensorflow-runtime': {
    level: 'error',
    short: 'Two copies of the TensorFlow runtime were loaded into one process.',
    help: 'Link against the pip TensorFlow libraries instead of a separately downloaded libtensorflow.',
  },
  timeout: { level: 'error', short: 'A stage did not finish in time.', help: 'Raise the timeout or look at the output for a hang.' },
  'python-exception': {
    level: 'error',
    short: 'Python raised an exception while loading the shared object.',
    help: 'See the traceback in the job summary.',
  },
  'missing-expected-symbol': {
    level: 'error',
    short: 'The shared object does not export a symbol it is expected to.',
    help: 'Export it from Go with //export, or fix the expected symbol list.',
  },
  'unresolved-symbol': {
    level: 'error',
    short: 'The shared object has an undefined symbol no NEEDED library provides.',
    help: 'Link the library that defines it.',
  },
  'resolved-only-by-import': {
    level: 'warning',
    short: 'The shared object loads only after `import tensorflow`.',
    help: 'Link the TensorFlow library that defines the symbols so it loads in any import order.',
  },
  'glibc-too-new': {
    level: 'warning',
    short: 'The shared object needs a newer glibc than TensorFlow supports.',
    help: 'Build on an older base image (manylinux) to match the TensorFlow wheel.',
  },
  'other-tensorflow': {
    level: 'warning',
    short: "Another TensorFlow's libraries are on the loader's paths, ahead of the wheel's.",
    help: "Give the library a RUNPATH to the wheel's folder, or take the other copy off LD_LIBRARY_PATH or the loader's cache.",
  },
  'not-in-tensorflow': {
    level: 'warning',
    short: 'A symbol the object needs is not defined by the installed TensorFlow.',
    help: 'Check the TensorFlow version, or link the library that defines it.',
  },
  'extension-module': {
    level: 'error',
    short: 'The Python extension module cannot be imported as built, or links libpython.',
    help: "Export PyInit_<name> for the file's name, use a suffix the interpreter imports, and leave the Py* names to the interpreter.",
  },
  'two-go-runtimes': {
    level: 'warning',
    short: 'Another Go c-shared object, with a Go runtime of its own, was loaded into the same process.',
    help: 'Build one combined c-shared library: the Go team does not support two Go runtimes in one process.',
  },
  'outside-supported-range': {
    level: 'error',
    short: 'A TensorFlow name the library uses is missing from part of the TensorFlow range it declares.',
    help: 'Declare the range the names hold (the finding names it), or stop using the name.',
  },
  'built-for-other-tensorflow': {
    level: 'error',
    short: 'A library built elsewhere was built for other TensorFlow versions than the one installed.',
    help: 'Use the file with a TensorFlow it was built for (the finding names the pin), or rebuild it against this one.',
  },
  'kernel-bound-to-minor': {
    level: 'error',
    short: 'A C++ kernel library declares more TensorFlow minors than the one it was built against.',
    help: 'Declare one minor per build and build one library per minor (mode: matrix), as tensorflow-io does.',
  },
  'fails-on-other-tensorflow': {
    level: 'error',
    short: 'The built library does not load under another TensorFlow version it was asked to load on (load-on-tensorflow).',
    help: 'Build one library per TensorFlow minor (mode: matrix), or stop claiming that version.',
  },
  'pin-change': {
    level: 'error',
    short: 'A version pin this pull request changed is behind the link or load findings.',
    help: 'Keep the previous version, or change the code to work with the new one; the other findings name the calls that broke.',
  },
  other: { level: 'error', short: 'Another problem reported by a tool.', help: 'See the message and the raw output in the job summary.' },
};

const levels: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

function ruleName(kind: DiagnosticKind): string {
  return kind.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

function uriFor(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

function extras(d: Diagnostic): SarifResult['properties'] {
  const p: SarifResult['properties'] = { title: d.title, stage: d.stage };
  if (d.symbol) p.symbol = d.symbol;
  if (d.demangled) p.demangled = d.demangled;
  if (d.library) p.library = d.library;
  if (d.header) p.header = d.header;
  if (d.providedBy) p.providedBy = d.providedBy;
  return p;
}

function locationAt(pos: WorkspacePosition): SarifLocation {
  const physicalLocation: SarifLocation['physicalLocation'] = { artifactLocation: { uri: uriFor(pos.path), uriBaseId: '%SRCROOT%' } };
  if (pos.line !== undefined) {
    const region: SarifRegion = { startLine: pos.line };
    if (pos.column !== undefined) region.startColumn = pos.column;
    if (pos.endLine !== undefined) region.endLine = pos.endLine;
    // SARIF endColumn is exclusive, so it has to lie after startColumn.
    if (pos.column !== undefined && pos.endColumn !== undefined && pos.endColumn > pos.column) region.endColumn = pos.endColumn;
    physicalLocation.region = region;
  }
  return { physicalLocation };
}

/**
 * One result per (finding, workspace location), since code scanning shows only a
 * result's first location; a finding with no workspace location gives one result
 * without `locations` (or at `fallbackFile` line 1), its tool location in the message.
 */
export function toSarif(diags: readonly Diagnostic[], options: SarifOptions): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<DiagnosticKind, number>();
  const indexOf = (d: Diagnostic): number => {
    let i = ruleIndex.get(d.kind);
    if (i === undefined) {
      i = rules.length;
      ruleIndex.set(d.kind, i);
      const texts = ruleTexts[d.kind];
      rules.push({
        id: d.kind,
        name: ruleName(d.kind),
        shortDescription: { text: texts.short },
        fullDescription: { text: texts.short },
        help: { text: texts.help },
        ...(options.informationUri ? { helpUri: options.informationUri } : {}),
        defaultConfiguration: { level: levels[texts.level] },
      });
    }
    return i;
  };

  const fallback = options.fallbackFile ? workspaceRelative(options.fallbackFile, options.workspace) : undefined;
  const results: SarifResult[] = [];
  const seen = new Set<string>();
  for (const d of diags) {
    const base = { ruleId: d.kind, ruleIndex: indexOf(d), level: levels[d.severity], properties: extras(d) };
    const positions = workspacePositions(d, options.workspace);
    if (positions.length === 0) {
      const result: SarifResult = { ...base, message: { text: annotationMessage(d, originText(d)) } };
      if (fallback !== undefined) result.locations = [locationAt({ path: fallback, line: 1 })];
      results.push(result);
      continue;
    }
    const text = annotationMessage(d);
    const related = relatedWorkspacePositions(d, options.workspace).map(({ note, ...pos }, i) => ({
      id: i + 1,
      message: { text: note },
      ...locationAt(pos),
    }));
    for (const pos of positions) {
      const key = JSON.stringify([d.kind, d.severity, text, pos]);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({
        ...base,
        message: { text },
        locations: [locationAt(pos)],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
      });
    }
  }

  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        results,
      },
    ],
  };
}
