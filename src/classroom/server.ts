/**
 * The room's server: one page for every role (a seat, the teacher, the
 * projector), its script and style, and one WebSocket, all from this package,
 * so a class needs no internet. A room of students is a hostile network, so:
 *
 * - it listens on 127.0.0.1 unless the teacher gives --lan, and answers only
 *   requests addressed to this computer by a name it listens under (Host), from
 *   pages it served itself (Origin);
 * - nothing is done before a connection shows a seat's join code or the
 *   teacher's secret; codes travel in the address's fragment (never sent to a
 *   server, never in a Referer) and then in the socket, never in a URL;
 * - every message is size-limited, rate-limited, and checked against a
 *   strict schema (messages.ts); a seat can only act as its own party;
 * - a few wrong codes close the connection, and a few dozen from one address
 *   shut that address out.
 *
 * Messages are handled one at a time, in the order they arrive. After every
 * change the room is handed to `save`, which writes the session file, and
 * only once it is written are the pages told: a move a page was told of is
 * never lost, even if the teacher's computer stops the next moment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { WebSocket, WebSocketServer } from 'ws';
import type { Result } from '../files/index.js';
import { listenOn, LOOPBACK } from '../inspect/index.js';
import type { Party } from '../model/index.js';
import { describeEvent } from '../words/index.js';
import { newJoinCode, normaliseCode, sameSecret } from './codes.js';
import { Allowance, WrongCodes } from './limits.js';
import { MAX_MESSAGE_BYTES, readClientMessage, type ClientMessage } from './messages.js';
import { classPageCss, classPageHtml } from './page.js';
import { act, advanceBy, advanceTo, control, giveNewCode, heldReason, holdSeat, inject, injectRecordStep, seatOf, undo, type Room, type RoomChange } from './room.js';
import { recordEntries, type RecordEntry } from './session-file.js';
import { projectorView, seatView, teacherView, type RoomLinks } from './room-view.js';

export interface ClassServerOptions {
  room: Room;
  teacherSecret: string;
  /** The projector's own secret: it shows the public view only, and cannot run the room. */
  projectorSecret: string;
  /** 0 lets the system choose a free port. */
  port: number;
  /** Listen on the local network too (every address of this computer), not only on 127.0.0.1. */
  lan: boolean;
  /** The pages' script, bundled at build time. */
  pageScript: string;
  /** The statechart as SVG (`renderChartSvg`), its states marked `data-state-id`; none when empty. */
  chartSvg?: string;
  /** Writes the change down (the room after it, and the change as lines of its record); called after every change, one at a time, in order. */
  save?: (room: Room, entries: RecordEntry[]) => Promise<void>;
  /** Told when saving fails (the room goes on; the teacher must know). */
  onSaveError?: (message: string) => void;
  /** The time of a move (ISO 8601): the computer's clock unless a test gives its own. */
  now?: () => string;
}

export interface RunningClass {
  port: number;
  /** The addresses the room can be reached at: 127.0.0.1, and with --lan this computer's on the network. */
  hosts: string[];
  /** The teacher's console (on this computer), with the teacher's secret. */
  teacherUrl: string;
  /** The projector's page, with a secret of its own: nothing private shown, nothing it can change. */
  projectorUrl: string;
  /** The join page, with no code: students open it and type their seat's code. */
  joinUrl: string;
  /** Each seat's join address, with its code, on the first network address (or 127.0.0.1). */
  seatUrls: Array<{ party: Party; code: string; url: string }>;
  room(): Room;
  close(): Promise<void>;
}

/** Requests a connection may make in a burst, and how fast the allowance comes back. */
const BURST = 20;
const REFILL_PER_SECOND = 10;
/** Moves a seat may make in a burst, and how fast its allowance comes back: shared by every page on the seat, so many pages do not make one student faster. */
const SEAT_BURST = 20;
const SEAT_REFILL_PER_SECOND = 5;
/** Wrong codes a connection may try before it is closed, and an address (not this computer's) before it is shut out for a while. */
const JOIN_TRIES_PER_CONNECTION = 5;
const JOIN_TRIES_PER_ADDRESS = 30;
const SHUT_OUT_MS = 10 * 60_000;
/** Pages one address may have open at once (this computer's own are not counted: without --lan every page is on it). */
const CONNECTIONS_PER_ADDRESS = 12;
/** A connection that has not joined within this time is closed. */
const JOIN_WITHIN_MS = 30_000;

type Role = { kind: 'seat'; party: Party } | { kind: 'teacher'; projector: boolean } | null;

interface Client {
  socket: WebSocket;
  address: string;
  role: Role;
  wrongCodes: number;
  allowance: Allowance;
}

/** This computer's IPv4 addresses on the local network. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

function securityHeaders(type: string, body: string): Record<string, string | number> {
  return {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    // The chart's SVG carries presentation attributes; 'unsafe-inline' styles cannot run code (as in the viewer).
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** What a seat's page is told when the teacher gives the seat a new code: it then asks for a code. */
export const NEW_CODE_REASON = 'this seat has a new code: ask the teacher for it';

/**
 * Starts the room's server.
 * @example const running = await startClassServer({ room, teacherSecret, port: 0, lan: false, pageScript })
 */
export async function startClassServer(options: ClassServerOptions): Promise<Result<RunningClass>> {
  let room = options.room;
  const now = options.now ?? (() => new Date().toISOString());
  const clients = new Set<Client>();
  const wrongCodes = new WrongCodes(JOIN_TRIES_PER_ADDRESS, SHUT_OUT_MS);
  const seatAllowances = new Map<string, Allowance>();
  const isLoopback = (address: string) => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
  // This computer's own pages are never shut out: without --lan, every page is on it.
  const shutOut = (address: string) => !isLoopback(address) && wrongCodes.shutOut(address, Date.now());
  const openFrom = (address: string) => [...clients].filter((client) => client.address === address).length;
  /** Whether the seat of `party` may move now: its allowance, shared by every page on the seat. */
  const seatMayMove = (party: string) => {
    let allowance = seatAllowances.get(party);
    if (!allowance) seatAllowances.set(party, (allowance = new Allowance(SEAT_BURST, SEAT_REFILL_PER_SECOND, Date.now())));
    return allowance.take(Date.now());
  };
  /** The messages being handled, one after another. */
  let work: Promise<void> = Promise.resolve();
  let names: Set<string> = new Set();
  /** The join page's address, known once the server listens. */
  let joinUrl = '';
  /** The room's addresses, each seat's with its code as the room has it now (the teacher may give a seat a new one). */
  const linksOf = (current: Room): RoomLinks => ({ join: joinUrl, seats: Object.fromEntries(current.seats.map((seat) => [seat.party.id, `${joinUrl}#join=${seat.code}`])) });

  const assets = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: classPageHtml(options.chartSvg ?? '') }],
    ['/class.css', { type: 'text/css; charset=utf-8', body: classPageCss() }],
    ['/class.js', { type: 'text/javascript; charset=utf-8', body: options.pageScript }],
  ]);

  const hostIsOurs = (request: IncomingMessage) => names.has(request.headers.host ?? '');
  const originIsOurs = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    // Programs (the tests, a script) send no Origin; a browser always does, and it must be a page of ours.
    return origin === undefined || origin === `http://${request.headers.host}`;
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const asset = assets.get(path);
    if (!hostIsOurs(request) || (request.method !== 'GET' && request.method !== 'HEAD') || !asset) {
      const body = 'Not found';
      response.writeHead(hostIsOurs(request) ? 404 : 421, securityHeaders('text/plain; charset=utf-8', body));
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, securityHeaders(asset.type, asset.body));
    response.end(request.method === 'HEAD' ? undefined : asset.body);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (request, socket, head) => {
    const address = request.socket.remoteAddress ?? '';
    const tooMany = !isLoopback(address) && openFrom(address) >= CONNECTIONS_PER_ADDRESS;
    if (request.url !== '/ws' || !hostIsOurs(request) || !originIsOurs(request) || shutOut(address) || tooMany) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => welcome(webSocket, address));
  });

  const connectedBySeat = () => {
    const counts = new Map<string, number>();
    for (const client of clients) if (client.role?.kind === 'seat') counts.set(client.role.party.id, (counts.get(client.role.party.id) ?? 0) + 1);
    return counts;
  };

  const send = (client: Client, message: unknown) => {
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(JSON.stringify(message));
  };

  /** Each page's view, worked out once for each role (a seat's party, the teacher, the projector) and written once: a seat shared by many students costs one view. */
  /** When the room last changed (ms since 1970, this computer's clock): pages and the load benchmark see how fresh a view is. */
  let changedAt = Date.now();
  const broadcast = () => {
    const written = new Map<string, string>();
    const links = linksOf(room);
    const viewFor = (key: string, make: () => unknown) => written.get(key) ?? written.set(key, JSON.stringify({ type: 'view', changedAt, view: make() })).get(key)!;
    for (const client of clients) {
      const role = client.role;
      if (role === null || client.socket.readyState !== WebSocket.OPEN) continue;
      const text =
        role.kind === 'seat'
          ? viewFor(`seat:${role.party.id}`, () => seatView(room, role.party, links))
          : role.projector
            ? viewFor('projector', () => projectorView(room, links))
            : viewFor('teacher', () => teacherView(room, connectedBySeat(), links));
      client.socket.send(text);
    }
  };

  /** The room changed: written down first, then every page told. */
  const changed = async (next: Room) => {
    const entries = recordEntries(room, next);
    room = next;
    changedAt = Date.now();
    if (options.save) {
      try {
        await options.save(room, entries);
      } catch (error) {
        options.onSaveError?.(error instanceof Error ? error.message : String(error));
      }
    }
    broadcast();
  };

  const answerChange = async (client: Client, change: RoomChange, done: string) => {
    if (!change.ok) return send(client, { type: 'answer', ok: false, message: change.reason });
    await changed(change.room);
    const move = change.move;
    if (move && !move.accepted) return send(client, { type: 'answer', ok: false, message: `Refused: ${move.refusal?.message ?? 'the rules do not allow it now'}` });
    const parties = room.seats.map((seat) => seat.party);
    return send(client, { type: 'answer', ok: true, message: move ? `${move.undone ? 'Undone: ' : ''}${describeEvent(move.event, parties)}` : done });
  };

  const join = (client: Client, message: Extract<ClientMessage, { type: 'join' | 'teacher' }>, address: string) => {
    if (client.role !== null) return send(client, { type: 'answer', ok: false, message: 'this page has already joined the room' });
    if (message.type === 'teacher') {
      const projector = message.secret.startsWith('projector:');
      const secret = projector ? message.secret.slice('projector:'.length) : message.secret;
      if (sameSecret(secret, projector ? options.projectorSecret : options.teacherSecret)) client.role = { kind: 'teacher', projector };
    } else {
      const code = normaliseCode(message.code);
      const seat = room.seats.find((candidate) => sameSecret(code, candidate.code));
      if (seat) client.role = { kind: 'seat', party: seat.party };
    }
    if (client.role === null) {
      client.wrongCodes++;
      wrongCodes.count(address, Date.now());
      send(client, { type: 'answer', ok: false, message: 'that code is not one of this room’s: check it with the teacher' });
      if (client.wrongCodes >= JOIN_TRIES_PER_CONNECTION) client.socket.close(1008, 'too many wrong codes');
      return;
    }
    const role = client.role;
    send(client, { type: 'welcome', role: role.kind === 'seat' ? 'seat' : role.projector ? 'projector' : 'teacher', ...(role.kind === 'seat' ? { party: { id: role.party.id, name: role.party.name } } : {}) });
    broadcast();
  };

  const handle = async (client: Client, text: string, address: string): Promise<void> => {
    // The allowance comes back with time; a connection that sends faster than that is told so.
    if (!client.allowance.take(Date.now())) return send(client, { type: 'answer', ok: false, message: 'too many messages: wait a moment' });

    const read = readClientMessage(text);
    if (!read.ok) return send(client, { type: 'answer', ok: false, message: read.reason });
    const message = read.message;
    if (message.type === 'join' || message.type === 'teacher') return join(client, message, address);
    const role = client.role;
    if (role === null) return send(client, { type: 'answer', ok: false, message: 'join the room with a code first' });
    if (message.type === 'move') {
      if (role.kind !== 'seat') return send(client, { type: 'answer', ok: false, message: 'the teacher records moves with inject, as a party or as the world' });
      // A held seat is told so before its pace is counted (act says so too, for a room without a server).
      const held = heldReason(room, role.party.id);
      if (held) return send(client, { type: 'answer', ok: false, message: held });
      if (!seatMayMove(role.party.id)) return send(client, { type: 'answer', ok: false, message: `${role.party.name}'s seat is moving faster than a class can follow: wait a moment` });
      return answerChange(client, act(room, role.party.id, message.event, now()), 'done');
    }
    if (role.kind !== 'teacher' || role.projector) return send(client, { type: 'answer', ok: false, message: 'only the teacher’s console can do that' });
    switch (message.type) {
      case 'inject':
        return answerChange(client, inject(room, message.as, message.event, now()), 'done');
      case 'control': {
        const change = control(room, message.command);
        return answerChange(client, change, `The session is ${change.room.status}.`);
      }
      case 'advance':
        if (message.to !== undefined) return answerChange(client, advanceTo(room, message.to, now()), 'done');
        return answerChange(client, advanceBy(room, message.days ?? 1, now()), 'done');
      case 'undo':
        return answerChange(client, undo(room), 'done');
      case 'record':
        return answerChange(client, injectRecordStep(room, message.step, now()), 'done');
      case 'hold': {
        const name = seatOf(room, message.party)?.party.name;
        return answerChange(client, holdSeat(room, message.party, message.held), message.held ? `${name}'s moves are held.` : `${name} may move again.`);
      }
      case 'newCode': {
        const seat = seatOf(room, message.party);
        if (!seat) return send(client, { type: 'answer', ok: false, message: `there is no seat for "${message.party}" in this room` });
        let code = newJoinCode();
        while (room.seats.some((other) => other.code === code)) code = newJoinCode();
        const change = giveNewCode(room, seat.party.id, code);
        if (!change.ok) return send(client, { type: 'answer', ok: false, message: change.reason });
        // The seat's pages stop being the seat at once (nothing more they send is its move), then leave once the change is written down.
        const leaving = [...clients].filter((other) => other.role?.kind === 'seat' && other.role.party.id === seat.party.id);
        for (const page of leaving) page.role = null;
        await answerChange(client, change, `${seat.party.name}'s new code is ${code}; the old one lets no one in.`);
        // A close reason is at most 123 bytes: the words are fixed, whatever the party's name.
        for (const page of leaving) page.socket.close(1008, NEW_CODE_REASON);
        return;
      }
    }
  };

  const welcome = (socket: WebSocket, address: string) => {
    const client: Client = { socket, address, role: null, wrongCodes: 0, allowance: new Allowance(BURST, REFILL_PER_SECOND, Date.now()) };
    clients.add(client);
    const late = setTimeout(() => {
      if (client.role === null) socket.close(1008, 'join with a code first');
    }, JOIN_WITHIN_MS);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return send(client, { type: 'answer', ok: false, message: 'the room takes text messages only' });
      const text = data.toString();
      work = work.then(() => handle(client, text, address)).catch(() => undefined);
    });
    socket.on('close', () => {
      clearTimeout(late);
      clients.delete(client);
      if (client.role?.kind === 'seat') broadcast();
    });
    socket.on('error', () => socket.terminate());
  };

  const host = options.lan ? '0.0.0.0' : LOOPBACK;
  const listening = await listenOn(server, host, options.port);
  if (!listening.ok) return listening;
  const port = listening.value;
  const hosts = [LOOPBACK, ...(options.lan ? lanAddresses() : [])];
  names = new Set([...hosts, 'localhost'].map((name) => `${name}:${port}`));
  const joinHost = options.lan ? (hosts[1] ?? LOOPBACK) : LOOPBACK;
  joinUrl = `http://${joinHost}:${port}/`;
  const links = linksOf(room);
  return {
    ok: true,
    value: {
      port,
      hosts,
      teacherUrl: `http://${LOOPBACK}:${port}/#teacher=${options.teacherSecret}`,
      projectorUrl: `http://${LOOPBACK}:${port}/#projector=${options.projectorSecret}`,
      joinUrl: links.join,
      seatUrls: room.seats.map((seat) => ({ party: seat.party, code: seat.code, url: links.seats[seat.party.id]! })),
      room: () => room,
      close: async () => {
        for (const client of clients) client.socket.terminate();
        sockets.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await work;
      },
    },
  };
}
