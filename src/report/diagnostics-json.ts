// The JSON document behind the `diagnostics` output: every finding with all its fields.
// Paths are workspace-relative where the file is in the workspace, else as the tool named
// them, each marked which it is.
import { OPTIONAL_TEXT_FIELDS, type Diagnostic, type DiagnosticKind, type Location, type Severity, type Stage } from '../diagnostic.ts';
import { workspaceRelative } from '../util/workspace-paths.ts';
import { toolName } from './tool-name.ts';

/** A position: `path` is workspace-relative when `inWorkspace`, else as the tool named it. */
export interface DiagnosticsJsonLocation {
  path: string;
  inWorkspace: boolean;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface DiagnosticsJsonFinding {
  severity: Severity;
  kind: DiagnosticKind;
  stage: Stage;
  title: string;
  message: string;
  fix?: string;
  symbol?: string;
  demangled?: string;
  library?: string;
  header?: string;
  referencedFrom?: string;
  providedBy?: string;
  object?: string;
  archive?: string;
  /** Go source lines the finding maps to; empty when none is known. */
  locations: DiagnosticsJsonLocation[];
  /** Where the tool reported it (may be a generated file such as /tmp/go-build/cgo-gcc-prolog). */
  toolLocation?: DiagnosticsJsonLocation;
  relatedLocations?: (DiagnosticsJsonLocation & { note: string })[];
  /** How many times the tool reported it, when more than once (merged duplicates). */
  count?: number;
  raw?: string[];
}

/** Version 1 of the document; fields are only ever added within a version. */
export interface DiagnosticsJson {
  version: 1;
  tool: { name: string; version?: string };
  result: 'passed' | 'failed';
  counts: Record<Severity, number>;
  findings: DiagnosticsJsonFinding[];
}

export interface DiagnosticsJsonMeta {
  result: 'passed' | 'failed';
  workspace: string;
  toolVersion?: string;
}

function jsonLocation(loc: Location, workspace: string): DiagnosticsJsonLocation {
  const rel = workspaceRelative(loc.file, workspace);
  const out: DiagnosticsJsonLocation = { path: rel ?? loc.file, inWorkspace: rel !== undefined };
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (loc[key] !== undefined) out[key] = loc[key];
  }
  return out;
}

export function toDiagnosticsJson(diags: readonly Diagnostic[], meta: DiagnosticsJsonMeta): DiagnosticsJson {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const findings = diags.map((d): DiagnosticsJsonFinding => {
    counts[d.severity]++;
    const f: DiagnosticsJsonFinding = {
      severity: d.severity,
      kind: d.kind,
      stage: d.stage,
      title: d.title,
      message: d.message,
      locations: (d.locations ?? []).map((l) => jsonLocation(l, meta.workspace)),
    };
    for (const key of OPTIONAL_TEXT_FIELDS) {
      if (d[key] !== undefined) f[key] = d[key];
    }
    if (d.toolLocation) f.toolLocation = jsonLocation(d.toolLocation, meta.workspace);
    if (d.relatedLocations) f.relatedLocations = d.relatedLocations.map((l) => ({ ...jsonLocation(l, meta.workspace), note: l.note }));
    if (d.count !== undefined && d.count > 1) f.count = d.count;
    if (d.raw) f.raw = [...d.raw];
    return f;
  });
  const tool: DiagnosticsJson['tool'] = meta.toolVersion ? { name: toolName, version: meta.toolVersion } : { name: toolName };
  return { version: 1, tool, result: meta.result, counts, findings };
}
