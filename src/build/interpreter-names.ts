// An extension module's link (-z defs with --warn-unresolved-symbols, see flags/link-plan.ts)
// reports every undefined name as a warning, with its line. The names the interpreter exports
// are left to the interpreter that imports the module; every other one is an error, since
// the import would fail on it ("undefined symbol"). The interpreter is one more provider of
// names, looked up in its own dynamic symbols (resolve/extension-module.ts).
//
// Why this way, of the three that keep the check for every name but the interpreter's:
// - a stub of the interpreter's names linked without a NEEDED: GNU ld records a NEEDED for
//   every shared library whose symbols it uses, so the output would have to be rewritten;
// - an ELF check of the output linked without -z defs: it finds the names, but not the lines
//   that use them (the linker is the one that knows those);
// - -z defs with the errors made warnings, then filtered (this): one link, against the stubs
//   as before, each name with its line, no relink, and the output a normal link would give.
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { TensorFlowInstall } from '../resolve/tensorflow.ts';
import { interpreterProviders, PYTHON_C_NAME } from '../resolve/extension-module.ts';
import { readDynamicSymbols } from '../elf/elf.ts';
import { editDistance } from '../util/edit-distance.ts';

const REFERENCE_KINDS = new Set<Diagnostic['kind']>(['undefined-reference', 'more-undefined-references']);

export interface InterpreterSplit {
  /** The findings without the names the interpreter provides; the rest of the undefined names as errors. */
  diagnostics: Diagnostic[];
  /** The names left to the interpreter, for the log. */
  leftToInterpreter: string[];
}

/** The interpreter's exported C API name closest to `name` (a likely misspelling), if one is close. */
async function nearestInterpreterName(files: readonly string[], name: string): Promise<string | undefined> {
  const max = Math.max(2, Math.floor(name.length / 6));
  const names = (await Promise.all(files.map((f) => readDynamicSymbols(f).catch(() => [])))).flat();
  let best: { name: string; distance: number } | undefined;
  for (const s of names) {
    if (!s.defined || !PYTHON_C_NAME.test(s.name)) continue;
    const distance = editDistance(name, s.name, { max, caseChangeCost: 0.5 });
    if (distance <= max && (!best || distance < best.distance)) best = { name: s.name, distance };
  }
  return best?.name;
}

/** A Py* name the interpreter does not export: a finding of its own, with the nearest name it does. */
async function notInInterpreter(d: Diagnostic & { symbol: string }, tf: TensorFlowInstall): Promise<Diagnostic> {
  const files = tf.interpreterFiles ?? [];
  const near = await nearestInterpreterName(files, d.symbol);
  const where = files.map((f) => path.basename(f)).join(' and ');
  const python = `Python ${tf.pythonVersion.split('.').slice(0, 2).join('.')}`;
  return {
    ...d,
    severity: 'error',
    title: `${d.symbol} is not in ${python}'s C API`,
    message: `The module references ${d.symbol}, which neither TensorFlow's libraries nor the interpreter that imports the module (${where}) exports, so importing it fails with "undefined symbol: ${d.symbol}".`,
    fix: `${near ? `Check the spelling (did you mean ${near}?)` : 'Check the spelling'}; otherwise use a function ${python}'s C API has. Do not link libpython for it: the interpreter provides the C API.`,
  };
}

/** The build's findings with the interpreter's names taken out, and the other undefined names made errors. */
export async function withoutInterpreterNames(diagnostics: readonly Diagnostic[], tf: TensorFlowInstall): Promise<InterpreterSplit> {
  const isReference = (d: Diagnostic): d is Diagnostic & { symbol: string } => REFERENCE_KINDS.has(d.kind) && d.symbol !== undefined;
  const provided = await interpreterProviders(tf, [...new Set(diagnostics.filter(isReference).map((d) => d.symbol))]);
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!isReference(d)) out.push(d);
    else if (provided.has(d.symbol)) continue;
    else if (d.kind === 'undefined-reference' && PYTHON_C_NAME.test(d.symbol)) out.push(await notInInterpreter(d, tf));
    else if (d.kind === 'undefined-reference') out.push({ ...d, severity: 'error' });
    else out.push(d);
  }
  return { diagnostics: out, leftToInterpreter: [...provided.keys()].sort() };
}
