// The abseil LTS namespace a library was built with (`absl::lts_20250814`): TensorFlow pins one
// abseil release per minor, so the namespace in a library's dynamic names tells its release
// line apart from another's, where no version string can be read.
import { dynamicSymbolSections } from './symbols.ts';
import type { ElfFile } from './file.ts';

// `_ZN4absl12lts_20250814…`: the length prefix 12 covers "lts_" and eight digits.
const LTS_NAMESPACE = /4absl12(lts_\d{8})/;

/** The abseil namespace in one mangled name (`lts_20250814`); undefined when it carries none. */
export function abseilNamespaceOf(name: string): string | undefined {
  return LTS_NAMESPACE.exec(name)?.[1];
}

/** The first `lts_YYYYMMDD` namespace in the file's dynamic names; undefined when it has none. */
export async function readAbseilNamespace(file: ElfFile): Promise<string | undefined> {
  const sections = dynamicSymbolSections(file);
  if (!sections) return undefined;
  const names = await file.readSection(sections.dynstr, 'dynamic string table');
  return LTS_NAMESPACE.exec(names.toString('latin1'))?.[1];
}
