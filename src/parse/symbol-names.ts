// What a symbol name says by itself, without a lookup.

/** Itanium C++ mangling, optionally with a symbol version (`_Znwm@@GLIBCXX_3.4`). */
export function isMangled(symbol: string): boolean {
  return symbol.startsWith('_Z') && !/\s/.test(symbol);
}

/**
 * A name of the C++11 string ABI: functions returning std::string carry `B5cxx11` when
 * mangled and `[abi:cxx11]` when demangled (GNU ld prints demangled names).
 */
export function isCxxAbiMismatch(symbol: string): boolean {
  return symbol.includes('B5cxx11') || symbol.includes('[abi:cxx11]');
}

/**
 * A name a cgo package can spell in C: an identifier (without the `$` extension) that is not
 * a mangled C++ name (_Z...). Other names an object references are C++ (or versioned).
 */
export const C_NAME = /^(?!_Z)[A-Za-z_]\w*$/;
