// Static TLS, before it fails: a Go c-shared library is STATIC_TLS, so its whole PT_TLS block
// must fit into the surplus glibc keeps for libraries dlopen'ed after start-up (512 bytes of
// glibc.rtld.optional_static_tls by default, plus what is left of the rest). Go itself needs 8
// bytes; a large initial-exec variable in the cgo code does not fit, after import tensorflow or
// without it. The finding names the size, the symbols that make it up, and the fix.
import type { Diagnostic } from '../diagnostic.ts';
import type { TlsInfo } from '../elf/elf.ts';

/** glibc's default glibc.rtld.optional_static_tls: the room reserved for dlopen'ed static TLS. */
export const STATIC_TLS_ROOM = 512;
const SHOWN = 5;

const bytes = (n: number) =>
  n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;

/** The TLS block in words: its size and largest symbols. Pure. */
export function describeTls(tls: TlsInfo): string {
  const shown = tls.symbols.slice(0, SHOWN).map((s) => `${s.name} (${bytes(s.size)})`);
  const more = tls.symbols.length > SHOWN ? ` and ${tls.symbols.length - SHOWN} more` : '';
  return `its static TLS block (PT_TLS) is ${bytes(tls.size)}${shown.length > 0 ? `: ${shown.join(', ')}${more}` : ''}`;
}

const FIX =
  'Make the large thread-local variables dynamic: drop tls_model("initial-exec") (and -ftls-model=initial-exec) so they use the global-dynamic model, or allocate per-thread buffers on the heap (pthread_key_create, or a thread_local pointer); GLIBC_TUNABLES=glibc.rtld.optional_static_tls=<bytes> in the loading process only hides it.';

/** Pure: a warning when the block exceeds the room dlopen has, before any load. */
export function staticTlsFinding(tls: TlsInfo, library: string): Diagnostic | undefined {
  if (tls.size <= STATIC_TLS_ROOM) return undefined;
  const largest = tls.symbols[0];
  return {
    severity: 'warning',
    kind: 'static-tls',
    stage: 'inspect',
    title: `${library} needs ${bytes(tls.size)} of static TLS`,
    message: `${library} is a Go c-shared library (FLAGS STATIC_TLS), and ${describeTls(tls)}. dlopen must fit it into the static TLS room glibc keeps for libraries loaded after start-up (${STATIC_TLS_ROOM} bytes by default, shared with TensorFlow's own libraries), so loading it can fail with "cannot allocate memory in static TLS block".`,
    fix: FIX,
    library,
    ...(largest ? { symbol: largest.name } : {}),
  };
}

/**
 * Pure: when a load failed for static TLS, that finding carries the size and the symbols (and
 * the inspection's warning, now shown true, is dropped); otherwise the findings are unchanged.
 */
export function withTlsDetail(diagnostics: readonly Diagnostic[], tls: TlsInfo | undefined): Diagnostic[] {
  const failed = diagnostics.some((d) => d.kind === 'static-tls' && d.stage === 'smoke');
  if (!failed || !tls || tls.size <= STATIC_TLS_ROOM) return [...diagnostics];
  return diagnostics
    .filter((d) => !(d.kind === 'static-tls' && d.stage === 'inspect'))
    .map((d) =>
      d.kind === 'static-tls' && d.stage === 'smoke'
        ? {
            ...d,
            message: `${d.message} The library asks for more than there is: ${describeTls(tls)}.`,
            fix: FIX,
            ...(tls.symbols[0] ? { symbol: tls.symbols[0].name } : {}),
          }
        : d,
    );
}
