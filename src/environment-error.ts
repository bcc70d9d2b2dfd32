/**
 * The environment failed, not the input: a service (the Go download site, the module proxy, the
 * package index), a tool (go, python) or a disk (full, read-only, not writable) that the run
 * needs. The message names it and what to retry or change. Never shown with a stack; the CLI
 * exits 3 on it.
 */
export class EnvironmentError extends Error {
  /** The service, tool or place that failed, e.g. "Go download site go.dev", "go" or "output folder /w/out". */
  readonly service: string;
  constructor(service: string, message: string) {
    super(`${service}: ${message}`);
    this.service = service;
  }
}
