/**
 * The environment failed, not the input: a service (the Go download site, the module proxy, the
 * package index) or a tool (go, python) that the run needs. The message names it and what to
 * retry. Never shown with a stack; the CLI exits 3 on it.
 */
export class EnvironmentError extends Error {
  /** The service or tool that failed, e.g. "Go download site go.dev" or "go". */
  readonly service: string;
  constructor(service: string, message: string) {
    super(`${service}: ${message}`);
    this.service = service;
  }
}
