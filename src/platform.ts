// The platforms the action works on: Linux on x86-64 and on arm64 (GitHub's ubuntu-24.04-arm
// runners). The ELF inspection, the loader checks and the link plan assume Linux and glibc;
// elsewhere a build could end in an unexpected error after minutes of setup, so the front
// ends refuse up front.

/** Node's `${process.platform}/${process.arch}` of each supported platform. */
export const SUPPORTED_PLATFORMS = ['linux/x64', 'linux/arm64'] as const;

/** Why the action cannot run on `platform`/`arch` (Node's names), or undefined on a supported one. */
export function unsupportedPlatform(platform: string, arch: string): string | undefined {
  if ((SUPPORTED_PLATFORMS as readonly string[]).includes(`${platform}/${arch}`)) return undefined;
  return `tf-cgo-verify runs on Linux x64 and Linux arm64 only (${SUPPORTED_PLATFORMS.join(', ')}), and this runner is ${platform}/${arch}: run the job on ubuntu-24.04 or ubuntu-22.04 (x64), ubuntu-24.04-arm or ubuntu-22.04-arm (arm64), or another Linux runner of those CPUs.`;
}
