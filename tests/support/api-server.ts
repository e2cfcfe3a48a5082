// A real HTTP server in front of the /api/v1 route handlers, for integration tests that call the API
// as a client would: fetch() over a socket, with real headers, Content-Length and chunked bodies.
// The route files are found under app/api/v1 and matched like Next.js matches them ([param]
// segments); each request becomes a web Request and each Response is written back as it streams.
import { readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { SOCKET_IP_HEADER } from '@/lib/security/client-ip';
import { apiClient } from './api-fixtures';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
type RouteFile = { pattern: RegExp; names: string[]; file: string };

const ROOT = process.cwd();
const API_DIR = path.join(ROOT, 'app/api/v1');

/** The route files of app/api/v1, as URL patterns (`/api/v1/providers/[providerId]/completions`). */
export function apiRouteFiles(dir = API_DIR, out: RouteFile[] = []): RouteFile[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) apiRouteFiles(p, out);
    else if (name === 'route.ts') {
      const segments = path.relative(path.join(ROOT, 'app'), path.dirname(p)).split(path.sep);
      const names: string[] = [];
      const source = segments
        .map((s) => {
          const param = /^\[(\w+)\]$/.exec(s);
          if (!param) return s.replace(/[.]/g, '\\.');
          names.push(param[1]!);
          return '([^/]+)';
        })
        .join('/');
      out.push({ pattern: new RegExp(`^/${source}$`), names, file: p });
    }
  }
  return out;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else if (value !== undefined) headers.set(key, value);
  }
  // As the portal's server does (stampSocketAddresses): the client's address is the socket's, whatever
  // forwarded headers say. A test plays a client at another address with X-Test-Socket-IP.
  headers.delete('x-test-socket-ip');
  const testIp = req.headers['x-test-socket-ip'];
  headers.set(SOCKET_IP_HEADER, typeof testIp === 'string' ? testIp : (req.socket.remoteAddress ?? 'unknown'));
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => res.setHeader(key, value));
  // A refused body may be left unread (a 413 stops reading): never reuse that connection.
  res.setHeader('Connection', 'close');
  if (!response.body) return void res.end();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

/** Starts the server on a free port; `url` is its origin. */
export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const routes = apiRouteFiles();
  let origin = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = new URL(req.url ?? '/', origin).pathname;
      const route = routes.find((r) => r.pattern.test(pathname));
      if (!route) {
        res.statusCode = 404;
        return void res.end('no such route');
      }
      const match = route.pattern.exec(pathname)!;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
      const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, Handler | undefined>;
      const handler = mod[req.method ?? 'GET'];
      if (!handler) {
        res.statusCode = 405;
        return void res.end('method not allowed');
      }
      await send(res, await handler(await toRequest(req, origin), { params: Promise.resolve(params) }));
    })().catch((error: unknown) => {
      console.error('[api-server]', error);
      res.statusCode = 500;
      res.end('test server error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Starts the server before a test file's tests and stops it after; `call` fetches through it. */
export function withApiServer(): { url: () => string; call: ReturnType<typeof apiClient> } {
  let server: Awaited<ReturnType<typeof startApiServer>> | undefined;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => server?.close());
  const url = () => server!.url;
  return { url, call: (path, init) => apiClient(url())(path, init) };
}
