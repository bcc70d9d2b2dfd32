// A tiny HTTP server on 127.0.0.1 (port 0) for download tests: serve registered bodies or
// files, answer a status, drop the connection mid-body, or never answer; count requests.
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';

export type Reply =
  | { kind: 'body'; body: string | Buffer; contentType?: string; status?: number }
  | { kind: 'file'; file: string; contentType?: string }
  | { kind: 'status'; status: number }
  /** Send headers announcing `body`, then `afterBytes` of it, then destroy the socket. */
  | { kind: 'drop'; body: Buffer; afterBytes: number }
  /** Send headers announcing `body`, then `afterBytes` of it, then nothing more. */
  | { kind: 'stall'; body: Buffer; afterBytes: number }
  /** Accept the request and never answer. */
  | { kind: 'hang' };

export interface LoopbackServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Register what a path (without query) answers; unregistered paths get 404. */
  route(pathname: string, reply: Reply): void;
  /** Requests seen for a path (without query) since the last reset. */
  count(pathname: string): number;
  total(): number;
  resetCounts(): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const routes = new Map<string, Reply>();
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const reply = routes.get(pathname) ?? { kind: 'status', status: 404 };
    switch (reply.kind) {
      case 'body':
        res.writeHead(reply.status ?? 200, {
          'content-type': reply.contentType ?? 'application/octet-stream',
          'content-length': Buffer.byteLength(reply.body),
        });
        res.end(reply.body);
        return;
      case 'file': {
        const size = fs.statSync(reply.file).size;
        res.writeHead(200, { 'content-type': reply.contentType ?? 'application/octet-stream', 'content-length': size });
        fs.createReadStream(reply.file).pipe(res);
        return;
      }
      case 'status':
        res.writeHead(reply.status, { 'content-type': 'text/plain' });
        res.end(`${reply.status} ${http.STATUS_CODES[reply.status] ?? ''}\n`);
        return;
      case 'drop':
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': reply.body.length });
        res.write(reply.body.subarray(0, reply.afterBytes), () => setTimeout(() => req.socket.destroy(), 20));
        return;
      case 'stall':
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': reply.body.length });
        res.write(reply.body.subarray(0, reply.afterBytes));
        return;
      case 'hang':
        return;
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (pathname, reply) => void routes.set(pathname, reply),
    count: (pathname) => counts.get(pathname) ?? 0,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    resetCounts: () => counts.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
