import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

/**
 * HTTP and HTTPS servers on loopback for the gate checks, and a port nothing listens on. A
 * server can be late: it answers 503 to its first N requests, as a service still starting.
 * Plain TypeScript with no test framework, so that the demo and the bench can start them too.
 */

export interface WebServer {
  host: string;
  port: number;
  /** `http://host:port` or `https://host:port`. */
  url: string;
  /** The path of each request, in order. */
  requests: string[];
  stop(): Promise<void>;
}

export interface WebServerOptions {
  /** The loopback address to listen on (any of 127.0.0.0/8); 127.0.0.1 by default. */
  host?: string;
  /** The body of every ready answer. */
  body?: string;
  /** The status of every ready answer; 200 by default. */
  status?: number;
  /** Answer 503 to this many requests first. */
  readyAfter?: number;
}

function handler(options: WebServerOptions, requests: string[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '/');
    const ready = requests.length > (options.readyAfter ?? 0);
    const body = ready ? (options.body ?? 'ok\n') : 'starting\n';
    res
      .writeHead(ready ? (options.status ?? 200) : 503, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        connection: 'close'
      })
      .end(body);
  };
}

async function listen(
  server: Server,
  host: string,
  scheme: string,
  requests: string[]
): Promise<WebServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    host,
    port,
    url: `${scheme}://${host}:${port}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

export function startHttpServer(options: WebServerOptions = {}): Promise<WebServer> {
  const requests: string[] = [];
  return listen(
    createHttpServer(handler(options, requests)),
    options.host ?? '127.0.0.1',
    'http',
    requests
  );
}

/** An HTTPS server with the given certificate: a TLS check's server and an HTTPS check's. */
export function startHttpsServer(
  options: WebServerOptions & { cert: Buffer; key: Buffer }
): Promise<WebServer> {
  const requests: string[] = [];
  return listen(
    createHttpsServer({ cert: options.cert, key: options.key }, handler(options, requests)),
    options.host ?? '127.0.0.1',
    'https',
    requests
  );
}

/** A port on `host` that was free a moment ago and that nothing listens on. */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
