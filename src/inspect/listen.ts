/**
 * Listening on this computer only: the one path both servers (the inspector's
 * and the viewer's) take to open a port, and the one way they say why they
 * could not.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Problem, Result } from '../files/index.js';

/** The only address our servers listen on: other machines on the network cannot reach them. */
export const LOOPBACK = '127.0.0.1';

const CHOOSE_ANOTHER = 'choose another with --port, or --port 0 for any free port';

function listenProblem(host: string, port: number, code: string | undefined): Problem {
  if (code === 'EADDRINUSE') return { code: 'port-in-use', message: `port ${port} is already in use on ${host}; ${CHOOSE_ANOTHER}` };
  if (code === 'EACCES') return { code: 'port-forbidden', message: `not allowed to listen on port ${port} (ports below 1024 need administrator rights); ${CHOOSE_ANOTHER}` };
  return { code: 'cannot-listen', message: `cannot listen on ${host}:${port} (${code ?? 'unknown error'}); ${CHOOSE_ANOTHER}` };
}

/**
 * Starts `server` on 127.0.0.1:`port` (0: any free port) and gives the port it listens on.
 * @example const listening = await listenOnLoopback(createServer(handler), 0)
 */
export function listenOnLoopback(server: Server, port: number): Promise<Result<number>> {
  return listenOn(server, LOOPBACK, port);
}

/**
 * Starts `server` on `host` (LOOPBACK, or every address of this computer, `0.0.0.0`, for a classroom
 * given --lan) and gives the port it listens on.
 */
export function listenOn(server: Server, host: string, port: number): Promise<Result<number>> {
  return new Promise((resolve) => {
    const fail = (error: NodeJS.ErrnoException) => resolve({ ok: false, problems: [listenProblem(host, port, error.code)] });
    server.once('error', fail);
    server.listen({ host, port }, () => {
      server.off('error', fail);
      resolve({ ok: true, value: (server.address() as AddressInfo).port });
    });
  });
}
