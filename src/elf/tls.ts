// The library's thread-local storage: the size of its PT_TLS segment and its largest TLS
// symbols. A Go c-shared library is marked STATIC_TLS, so dlopen has to fit that whole block
// into the room glibc keeps for libraries loaded after start-up; a large initial-exec
// variable in the cgo code makes both loads fail with "cannot allocate memory in static TLS
// block" (tensorflow/io #492, #574).
import { PT_TLS, STT_TLS, withElfFile } from './file.ts';
import { readStaticSymbols } from './symtab.ts';

export interface TlsSymbol {
  name: string;
  size: number;
}

export interface TlsInfo {
  /** p_memsz of PT_TLS (0 without one). */
  size: number;
  /** The TLS symbols of .symtab, largest first (empty when the library is stripped). */
  symbols: TlsSymbol[];
}

/** Reads the TLS segment size and TLS symbols of a built library. Throws ElfError on a malformed file. */
export function readTls(path: string): Promise<TlsInfo> {
  return withElfFile(path, async (file) => {
    const [segments, symbols] = await Promise.all([file.programHeaders(), readStaticSymbols(file)]);
    return {
      size: segments.find((s) => s.type === PT_TLS)?.memsz ?? 0,
      symbols: symbols
        .filter((s) => (s.info & 15) === STT_TLS)
        .map(({ name, size }) => ({ name, size }))
        .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name)),
    };
  });
}
