// What the other TensorFlow copies mean for this run, in words: a finding when the built
// library binds one when loaded on its own (an error when it ships, with install-dir), a
// warning when TensorFlow's own modules bind one and the import still works, and the
// summary's Environment line that says which copy each load used.
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { Reach, TensorflowCopies, TensorflowCopy } from './tensorflow-copies.ts';

export function describeReach(reach: Reach): string {
  switch (reach.via) {
    case 'ld-library-path':
      return 'from LD_LIBRARY_PATH';
    case 'ld-cache':
      return `from the loader's cache${reach.confFile ? ` (${reach.confFile})` : ''}`;
    case 'runpath':
      return "through the library's RUNPATH";
    case 'default-dir':
      return "from one of the loader's default folders";
  }
}

/** Copies grouped by folder: "libtensorflow_framework.so.2 and libtensorflow_cc.so.2 in /opt/tf/lib (TensorFlow 2.20.0), on LD_LIBRARY_PATH". */
function describeCopies(copies: TensorflowCopy[]): string {
  const byFolder = new Map<string, TensorflowCopy[]>();
  for (const copy of copies) {
    const key = `${path.dirname(copy.file)}\0${describeReach(copy.reach)}`;
    byFolder.set(key, [...(byFolder.get(key) ?? []), copy]);
  }
  return [...byFolder.values()]
    .map((group) => {
      const [first] = group as [TensorflowCopy];
      const names = group.map((c) => c.name).join(' and ');
      return `${names} in ${path.dirname(first.file)}${first.release ? ` (${first.release})` : ''}, ${describeReach(first.reach)}`;
    })
    .join('; ');
}

/** How to get rid of the copies: the place each is reached through, and the versions matched. */
function removalFix(copies: TensorflowCopy[], wheelVersion: string): string {
  const ways = new Set<string>();
  for (const { reach, file } of copies) {
    const dir = path.dirname(file);
    if (reach.via === 'ld-library-path') ways.add(`take ${reach.entry} off LD_LIBRARY_PATH (for this step, or for good)`);
    else if (reach.via === 'ld-cache')
      // The conf file lists the folder, and the message names it: "its line" keeps the fix short.
      ways.add(
        reach.confFile
          ? `remove its line from ${reach.confFile} and run ldconfig`
          : `remove ${dir} from the loader's configuration (/etc/ld.so.conf.d) and run ldconfig`,
      );
    else ways.add(`remove the TensorFlow libraries from ${dir}`);
  }
  return `${[...ways].join(', or ')}; or install the same TensorFlow version there as the wheel's ${wheelVersion}`;
}

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Why TensorFlow's own modules bind another copy: for a failing import, and for the warning. */
export function importShadowExplanation(copies: TensorflowCopies): { message: string; fix: string } | undefined {
  if (copies.shadowsImport.length === 0) return undefined;
  return {
    message: `TensorFlow's own modules get ${whose(copies.shadowsImport)} ${describeReach(copies.shadowsImport[0]!.reach)}, not the wheel's ${copies.wheelVersion}: they find their libraries through RUNPATH, which LD_LIBRARY_PATH comes before. The loader gives them ${describeCopies(copies.shadowsImport)}; the wheel's are in ${copies.wheelDir}.`,
    fix: `${capitalized(removalFix(copies.shadowsImport, copies.wheelVersion))}.`,
  };
}

/** "TensorFlow 2.20.0's libtensorflow_cc.so.2", or "another TensorFlow's …" when its version is not known. */
function whose(copies: TensorflowCopy[]): string {
  const release = copies.map((c) => c.release).find((r) => r?.startsWith('TensorFlow '));
  return `${release ?? 'another TensorFlow'}'s ${copies.length === 1 ? copies[0]!.name : 'libraries'}`;
}

/** " (TF_Version() answers 2.20.0)" when the copy's version is known. */
function answers(copies: TensorflowCopy[]): string {
  const version = copies.map((c) => /^TensorFlow (\S+)$/.exec(c.release ?? '')?.[1]).find(Boolean);
  return version ? ` (TF_Version() answers ${version})` : '';
}

export interface OtherTensorflowContext {
  /** The built library's file name. */
  library: string;
  /** With install-dir the library ships: binding another TensorFlow is an error. */
  ships: boolean;
}

/** The findings: the library's own binding, and a shadow under a working import. */
export function otherTensorflowFindings(copies: TensorflowCopies, context: OtherTensorflowContext): Diagnostic[] {
  const findings: Diagnostic[] = [];
  if (copies.boundByLibrary.length > 0) {
    findings.push({
      severity: context.ships ? 'error' : 'warning',
      kind: 'other-tensorflow',
      stage: 'inspect',
      title: `Loaded on its own, ${context.library} binds another TensorFlow`,
      message: `Loaded without import tensorflow first, ${context.library} gets ${whose(copies.boundByLibrary)} ${describeReach(copies.boundByLibrary[0]!.reach)}, not the wheel's ${copies.wheelVersion}. The loader gives it ${describeCopies(copies.boundByLibrary)}; the wheel's are in ${copies.wheelDir}. A plain ctypes.CDLL of it then runs that TensorFlow's code${answers(copies.boundByLibrary)}; after import tensorflow it binds the wheel's, which is what the action's loads saw.`,
      fix: `${capitalized(removalFix(copies.boundByLibrary, copies.wheelVersion))}; or give the library a RUNPATH that reaches the wheel's folder first (install-dir, or rpath: a path to it).`,
      library: copies.boundByLibrary[0]!.name,
    });
  }
  const shadow = importShadowExplanation(copies);
  if (shadow)
    findings.push({
      severity: 'warning',
      kind: 'other-tensorflow',
      stage: 'inspect',
      title: 'import tensorflow binds another TensorFlow',
      message: `${shadow.message} The import works with it in this run, but the two versions can disagree at any call.`,
      fix: shadow.fix,
    });
  return findings;
}

/** mode: setup: the copies a later step may meet, though the exported LD_LIBRARY_PATH puts the wheel's first. */
export function copiesForLaterSteps(copies: TensorflowCopies, loaderPathVariable: string): Diagnostic | undefined {
  const all = [...copies.shadowsImport, ...copies.unreached];
  if (all.length === 0) return undefined;
  return {
    severity: 'notice',
    kind: 'other-tensorflow',
    stage: 'setup',
    title: "Another TensorFlow is on this job's loader paths",
    message: `This job's loader reaches ${whose(all)} ${describeReach(all[0]!.reach)}, beside the wheel's ${copies.wheelVersion}. It finds ${describeCopies(all)}; the wheel's are in ${copies.wheelDir}. The exported ${loaderPathVariable} puts the wheel's folder first, so later steps load the wheel's; a step that sets ${loaderPathVariable} itself, or loads a library without a RUNPATH elsewhere, can get the other one, and then fails with "undefined symbol" or runs the other version.`,
    fix: `${capitalized(removalFix(all, copies.wheelVersion))}.`,
  };
}

/** The summary's Environment line: every TensorFlow copy found, and which load used which. */
export function environmentLine(copies: TensorflowCopies, library: string | undefined): string {
  const alone = `${library ?? 'the library'} loaded on its own`;
  const wheelUsers = [
    copies.shadowsImport.length === 0 ? 'import tensorflow' : undefined,
    library && copies.libraryFindsWheel ? alone : undefined,
  ].filter(Boolean);
  const usedBy = (c: TensorflowCopy) =>
    [
      copies.shadowsImport.some((s) => s.file === c.file) ? 'import tensorflow' : undefined,
      copies.boundByLibrary.some((b) => b.file === c.file) ? alone : undefined,
    ]
      .filter(Boolean)
      .join(' and ') || 'no load here';
  const others = [
    ...copies.shadowsImport,
    ...copies.boundByLibrary.filter((c) => !copies.shadowsImport.some((s) => s.file === c.file)),
    ...copies.unreached,
  ];
  const byUse = new Map<string, TensorflowCopy[]>();
  for (const copy of others) byUse.set(usedBy(copy), [...(byUse.get(usedBy(copy)) ?? []), copy]);
  const parts = [
    `the wheel's TensorFlow ${copies.wheelVersion} in ${copies.wheelDir}${wheelUsers.length > 0 ? ` (used by ${wheelUsers.join(' and ')})` : ''}`,
    ...[...byUse].map(([use, group]) => `${describeCopies(group)}, used by ${use}`),
  ];
  return `Environment: TensorFlow libraries found: ${parts.join('; ')}.`;
}
