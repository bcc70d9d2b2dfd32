// The version pins in one pin file, each with its line: TensorFlow requirements (through
// the requirement-file readers in setup/), Go bindings and go/toolchain lines in go.mod
// (setup/tf-version.ts goModRequires, setup/go-version.ts goVersionLines), and the
// action's tensorflow-version / go-version inputs in a workflow. Pure functions over text.
import { BINDINGS_PACKAGES } from '../flags/bindings.ts';
import { goVersionLines } from '../setup/go-version.ts';
import { TF_REQUIREMENT_NAMES, goModRequires } from '../setup/tf-version.ts';
import { parseVersionFile } from '../setup/tf-requirement-files.ts';
import { pinFileKind } from './pin-files.ts';

export type PinSubject = 'tensorflow' | 'go-bindings' | 'go';

export interface PinEntry {
  subject: PinSubject;
  /** tensorflow-cpu, github.com/wamuir/graft, go, toolchain, golang, tensorflow-version, go-version. */
  name: string;
  /** As the file spells it, without "==" or a "go" prefix: 2.21.0, >=2.20,<2.22, v0.10.0, 1.26.8. */
  version: string;
  /** 1-based. */
  line: number;
}

/** A Go module whose packages include one of the bindings packages (or that is under one). */
export function isBindingsModule(module: string): boolean {
  return BINDINGS_PACKAGES.some((pkg) => pkg === module || pkg.startsWith(`${module}/`) || module.startsWith(`${pkg}/`));
}

/** "==2.21.0" -> "2.21.0"; "" -> "any version"; other specifiers as written. */
function requirementVersion(specifier: string): string {
  if (specifier === '') return 'any version';
  return /^===?[^,=<>!~]+$/.test(specifier) ? specifier.replace(/^===?/, '') : specifier;
}

// `  tensorflow-version: "2.21" # pinned` (a with: input of this action, or of setup-go).
const WORKFLOW_INPUT = /^\s*(?:-\s+)?(tensorflow-version|go-version)\s*:\s*(.*)$/;

function workflowEntries(text: string): PinEntry[] {
  const out: PinEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = WORKFLOW_INPUT.exec(raw);
    if (!m) return;
    const value = m[2]!
      .replace(/\s+#.*$/, '')
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    if (value === '' || value === '|' || value === '>') return;
    out.push({ subject: m[1] === 'go-version' ? 'go' : 'tensorflow', name: m[1]!, version: value, line: i + 1 });
  });
  return out;
}

/** The pins in a file (repo-relative path decides how it is read), in file order. */
export function pinEntries(file: string, text: string): PinEntry[] {
  switch (pinFileKind(file)) {
    case 'python-requirements':
      return parseVersionFile(file, text)
        .filter((r) => TF_REQUIREMENT_NAMES.includes(r.name) && !r.url)
        .map((r) => ({ subject: 'tensorflow' as const, name: r.name, version: requirementVersion(r.specifier), line: r.line }));
    case 'go-mod': {
      const go = goVersionLines(file, text).map((l) => ({ subject: 'go' as const, name: l.key, version: l.version, line: l.line }));
      const bindings = goModRequires(text)
        .filter((r) => isBindingsModule(r.module))
        .map((r) => ({ subject: 'go-bindings' as const, name: r.module, version: r.version, line: r.line }));
      return [...go, ...bindings].sort((a, b) => a.line - b.line);
    }
    case 'go-version':
      return goVersionLines(file, text).map((l) => ({
        subject: 'go' as const,
        name: l.key === 'version' ? 'go' : l.key,
        version: l.version,
        line: l.line,
      }));
    case 'workflow':
      return workflowEntries(text);
    default:
      return [];
  }
}
