// The one platform the action works on. The ELF inspection, the loader checks and the
// link plan assume Linux x86-64; elsewhere a build could end in an unexpected error after
// minutes of setup, so the front ends refuse up front.

export const SUPPORTED_PLATFORM = 'linux/x64';

/** Why the action cannot run on `platform`/`arch` (Node's names), or undefined on Linux x64. */
export function unsupportedPlatform(platform: string, arch: string): string | undefined {
  if (platform === 'linux' && arch === 'x64') return undefined;
  return `tf-cgo-verify runs on Linux x64 only (${SUPPORTED_PLATFORM}), and this runner is ${platform}/${arch}: run the job on ubuntu-latest, ubuntu-24.04 or ubuntu-22.04, or another Linux x64 runner.`;
}
