// C++ code compiled with the other _GLIBCXX_USE_CXX11_ABI than TensorFlow leaves undefined
// references to std::string functions under the other ABI's names (tensorflow/tensorflow
// #1569): `std::string` (old ABI, mangled Ss) where TensorFlow since 2.9 exports
// `std::__cxx11::basic_string` (B5cxx11 / __cxx11), or the reverse. They are one problem: one
// finding, at the #cgo directive that sets the other ABI when there is one.
import type { Diagnostic, Location } from '../diagnostic.ts';
import type { CgoPackageFacts } from '../resolve/cgo-source.ts';

const REFERENCE_KINDS = new Set(['undefined-reference', 'more-undefined-references', 'undefined-symbol', 'unresolved-symbol']);
/** A name that is the old ABI's: std::string / std::list without __cxx11, or mangled Ss. */
const OLD_ABI = /\bstd::(?:string|basic_string<|list<)|^_Z.*(?<![a-z])Ss/;
const NEW_ABI = /__cxx11|B5cxx11/;

/** Pure: whether a referenced name carries the ABI other than TensorFlow's. */
export function otherAbi(name: string, tfAbiFlag: 0 | 1): boolean {
  return tfAbiFlag === 1 ? OLD_ABI.test(name) && !NEW_ABI.test(name) : NEW_ABI.test(name);
}

/** Pure: the findings with all other-ABI references folded into one cxx-abi-mismatch finding. */
export function explainAbiMismatch(
  diagnostics: readonly Diagnostic[],
  facts: CgoPackageFacts,
  tfAbiFlag: 0 | 1,
  tfVersion: string,
): Diagnostic[] {
  const isMismatch = (d: Diagnostic) =>
    REFERENCE_KINDS.has(d.kind) && [d.symbol, d.demangled].some((n) => n !== undefined && otherAbi(n, tfAbiFlag));
  const group = diagnostics.filter(isMismatch);
  if (group.length === 0) return [...diagnostics];
  const other = tfAbiFlag === 1 ? 0 : 1;
  const names = [...new Set(group.map((d) => d.demangled ?? d.symbol ?? ''))].filter(Boolean);
  const directives: Location[] = facts.files.flatMap((f) =>
    f.directives
      .filter((d) => d.args.some((a) => a === `-D_GLIBCXX_USE_CXX11_ABI=${other}`))
      .map((d) => ({ file: f.file, line: d.line, column: d.column })),
  );
  const first = group[0]!;
  const finding: Diagnostic = {
    severity: 'error',
    kind: 'cxx-abi-mismatch',
    stage: first.stage,
    title: `C++ code built with _GLIBCXX_USE_CXX11_ABI=${other}; TensorFlow ${tfVersion} uses ${tfAbiFlag}`,
    message: `${names.length} referenced C++ name(s) take std::string under the other C++ ABI than TensorFlow's, so no TensorFlow library defines them: ${names.slice(0, 3).join('; ')}${names.length > 3 ? `; and ${names.length - 3} more` : ''}. TensorFlow ${tfVersion} was built with -D_GLIBCXX_USE_CXX11_ABI=${tfAbiFlag}.`,
    fix: `Build the C++ code with -D_GLIBCXX_USE_CXX11_ABI=${tfAbiFlag}: remove -D_GLIBCXX_USE_CXX11_ABI=${other} from #cgo CXXFLAGS/CPPFLAGS and CGO_CXXFLAGS (the action sets TensorFlow's value).`,
    count: group.length,
    ...(directives.length > 0 || first.locations
      ? { locations: [...directives, ...group.flatMap((d) => d.locations ?? [])].slice(0, 5) }
      : {}),
    raw: group.flatMap((d) => d.raw ?? []).slice(0, 40),
  };
  const at = diagnostics.indexOf(first);
  return diagnostics.flatMap((d, i) => (i === at ? [finding] : isMismatch(d) ? [] : [d]));
}
