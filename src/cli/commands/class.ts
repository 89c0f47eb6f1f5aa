import { createHash } from 'node:crypto';
import { renderUnicodeCompact } from 'uqr';
import { appendFile, chmod, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { briefsFileFor, loadBriefsText, newJoinCodes, newTeacherSecret, openRoom, readRecord, recordFileOf, recordHeader, recordLines, restoreRoom, sessionScenarioText, startClassServer, type Briefs, type RecordEntry, type Room, type RoomAccess, type RoomOrigin } from '../../classroom/index.js';
import { renderChartSvg } from '../../export/index.js';
import { readTextFile } from '../../files/index.js';
import { CHART_VARIANTS } from '../../inspect/index.js';
import { machineGraph } from '../../model/index.js';
import { startFrom, vocabularyFor } from '../../moves/index.js';
import { loadScenarioText } from '../../scenario/index.js';
import { printable } from '../../words/index.js';
import { defineCommand, EXIT, wholeNumber } from '../command.js';
import type { Io } from '../io.js';
import { reportProblems } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { packagePath } from '../package-files.js';
import { checkOutputs, writeOutputs } from '../write-output.js';

/** The largest room's record read back: a long class writes a few hundred kilobytes. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/**
 * The session as a scenario, written whole (never half) when the moves taken change: at most once a
 * second while the room runs (each write is the whole session, so a long one waits ten times as long
 * as its last write took), and once more as it closes. The room's record has every change at once.
 */
function scenarioWriter(sessionFile: string, scenarioFile: string, io: Io) {
  let pending: Room | null = null;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const write = (room: Room) => {
    writing = writing.then(async () => {
      const text = sessionScenarioText(room);
      if (text === null) return;
      const written = await writeOutputs([[sessionFile, text]], [scenarioFile]);
      if (!written.ok) io.stderr(`truce class: the session file was NOT written: ${printable(written.problems[0]!.message)}\n`);
    });
    return writing;
  };
  // At most once a second, and less often when a long session makes each write slow (never more than a tenth of the time).
  let lastWriteMs = 0;
  return {
    soon(room: Room) {
      pending = room;
      timer ??= setTimeout(
        () => {
          timer = null;
          if (pending) {
            const started = performance.now();
            void write(pending).then(() => (lastWriteMs = performance.now() - started));
          }
          pending = null;
        },
        Math.max(1000, lastWriteMs * 10),
      );
    },
    async now(room: Room) {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      await write(room);
    },
  };
}

/** The pages' script, bundled at build time (`npm run build`); undefined when it is not there. */
async function pageScript(): Promise<string | undefined> {
  return readFile(packagePath('dist/class.js'), 'utf8').catch(() => undefined);
}

export const classCommand = defineCommand({
  name: 'class',
  summary: 'Run a classroom: students play the parties from their browsers, the teacher runs the room',
  description:
    'Starts a room on this computer and prints the teacher’s console address and, for each party of the scenario, a join code and address.\n' +
    'The room listens on this computer only unless --lan is given; then laptops and phones on the local network can open the page, and only a join code lets them in.\n' +
    'With --save, every change is written to the room’s record (<file>.room.jsonl) before any page hears of it, and the session as a scenario that truce run replays to <file> (at most once a second, and as the room closes).\n' +
    'After a crash or a closed laptop, truce class <scenario> --resume <file> carries on where the room was. Press Ctrl-C to close the room.',
  positionals: [{ name: 'file', description: 'a scenario file (.yaml or .json)' }],
  options: {
    from: { type: 'string', value: '<step id>', description: 'start the room after this step of the scenario (default: its start)' },
    port: { type: 'string', value: '<n>', parse: wholeNumber(0, 65535, ' (0 = any free port)'), default: 0, description: 'the port to serve on (default 0: any free port; the addresses are printed)' },
    lan: { type: 'boolean', description: 'listen on the local network too, so other computers and phones can join (default: this computer only)' },
    save: { type: 'string', value: '<file>', description: 'write the session to this scenario file after every move (and the room’s record beside it)' },
    resume: { type: 'string', value: '<file>', description: 'carry on a session saved with --save (the same scenario; it goes on saving there)' },
    briefs: { type: 'string', value: '<file>', description: 'the parties’ briefs (default: briefs/<the scenario’s file name> beside the scenario, when there is one)' },
    ...MAX_SIZE_OPTION,
  },
  examples: [
    'truce class scenarios/rafah-2024-05.yaml --save class-2026-12-02.yaml',
    'truce class scenarios/pause-2023-11.yaml --from deal-tabled --lan --save class.yaml',
    'truce class scenarios/rafah-2024-05.yaml --resume class-2026-12-02.yaml --lan',
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the room ran and was closed (Ctrl-C)' },
    { code: EXIT.badInput, meaning: 'the scenario is broken, --from names no step, the saved session cannot be read or belongs to another scenario, a file cannot be written, or the port cannot be used' },
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const limit = readLimit(options['max-size']);
    const fail = (message: string) => {
      io.stderr(`truce class: ${message}\n`);
      return EXIT.badInput;
    };
    const text = await readTextFile(file, limit);
    if (!text.ok) return reportProblems(io, text.problems), EXIT.badInput;
    const loaded = loadScenarioText(text.value, file);
    if (!loaded.ok) return reportProblems(io, loaded.problems), EXIT.badInput;
    const scenario = loaded.value;
    const sha256 = createHash('sha256').update(text.value).digest('hex');
    const sessionFile = options.resume ?? options.save;
    if (options.resume !== undefined && options.save !== undefined && options.save !== options.resume) return fail('--resume goes on saving to the file it resumes: give --resume alone');

    // Briefs: the file given, or the one beside the scenario when there is one.
    const briefsFile = options.briefs ?? briefsFileFor(file);
    const briefsText = await readTextFile(briefsFile, limit);
    let briefs: Briefs['briefs'] = {};
    if (briefsText.ok) {
      const loadedBriefs = loadBriefsText(briefsText.value, briefsFile, scenario);
      if (!loadedBriefs.ok) return reportProblems(io, loadedBriefs.problems), EXIT.badInput;
      briefs = loadedBriefs.value.briefs;
    } else if (options.briefs !== undefined || briefsText.problems[0]?.code !== 'no-such-file') {
      return reportProblems(io, briefsText.problems), EXIT.badInput;
    }

    if (options.resume !== undefined && options.from !== undefined) return fail('--resume carries on where the session was: --from cannot be given with it');
    let room: Room;
    let origin: RoomOrigin;
    let access: RoomAccess | undefined;
    const vocabulary = vocabularyFor(scenario);
    const recordFile = sessionFile === undefined ? undefined : recordFileOf(sessionFile);
    if (options.resume !== undefined) {
      const recordText = await readTextFile(recordFile!, { maxBytes: MAX_RECORD_BYTES });
      if (!recordText.ok) return fail(`cannot resume: ${printable(recordFile!)}: ${recordText.problems[0]!.message} (--save writes the room's record beside the session file)`);
      const read = readRecord(recordText.value);
      if (!read.ok) return fail(`${printable(recordFile!)}${read.line === null ? '' : `:${read.line}:1`}: ${read.reason}`);
      const { header } = read.record;
      if (header.origin.sha256 !== sha256) return fail(`${printable(options.resume)} is a session of another scenario, or of ${printable(file)} before it changed: resume it with the scenario it began with`);
      const start = startFrom(scenario, header.origin.from ?? undefined);
      if (!start.ok) return fail(start.problems[0]!.message);
      const restored = restoreRoom(read.record, start.value, vocabulary, briefs);
      if (!restored.ok) return fail(`cannot resume ${printable(options.resume)}: ${printable(restored.reason)}`);
      room = restored.room;
      origin = header.origin;
      access = header.access;
      if (read.record.cutShort) {
        // The last line was cut short as the room stopped: the record is written again without it, so new lines follow whole ones.
        io.stderr(`truce class: the last change in ${printable(recordFile!)} was cut short when the room stopped, and is left out.\n`);
        const rewritten = await writeOutputs([[recordFile!, recordHeader(room, origin, access) + recordLines(read.record.entries)]], [file]);
        if (!rewritten.ok) return fail(`the session cannot be saved: ${rewritten.problems[0]!.message}`);
      }
    } else {
      const start = startFrom(scenario, options.from);
      if (!start.ok) return fail(start.problems[0]!.message);
      room = openRoom(start.value, vocabulary, newJoinCodes(scenario.parties.length), briefs);
      origin = { scenarioFile: resolve(file), sha256, from: options.from ?? null };
      // Said now, before the room opens, if the files cannot be written; they are written once it listens.
      const writable = sessionFile === undefined ? null : await checkOutputs([recordFile!, sessionFile], [file]);
      if (writable && !writable.ok) return fail(`the session cannot be saved: ${writable.problems[0]!.message}`);
    }
    const sessionWriter = sessionFile === undefined ? undefined : scenarioWriter(sessionFile, file, io);
    let markRecordReady = () => {};
    const recordReady = new Promise<void>((resolve) => (markRecordReady = resolve));
    if (options.resume !== undefined) markRecordReady();

    const script = await pageScript();
    if (script === undefined) return fail(`the room's page is not built (${printable(packagePath('dist/class.js'))} is missing); in the project's folder, run npm run build`);
    // The statechart, drawn once for every page (large, for the back of the room).
    const chartSvg = await renderChartSvg(machineGraph(), CHART_VARIANTS.large);
    // A resumed room listens where it did, with the same secrets, so the pages left open join again by themselves.
    const teacherSecret = access?.teacherSecret ?? newTeacherSecret();
    const projectorSecret = access?.projectorSecret ?? newTeacherSecret();
    const started = await startClassServer({
      room,
      teacherSecret,
      projectorSecret,
      port: options.port !== 0 ? options.port : (access?.port ?? 0),
      lan: options.lan === true,
      pageScript: script,
      chartSvg,
      ...(recordFile !== undefined && sessionWriter !== undefined
        ? {
            save: async (changed: Room, entries: RecordEntry[]) => {
              // The change is on disk before any page hears of it (after the record's first line); the scenario follows within a second.
              await recordReady;
              await appendFile(recordFile, recordLines(entries));
              if (entries.some((entry) => 'undone' in entry || ('move' in entry && entry.move.accepted))) sessionWriter.soon(changed);
            },
            onSaveError: (message: string) => io.stderr(`truce class: the session was NOT saved: ${printable(message)}\n`),
          }
        : {}),
    });
    if (!started.ok) return fail(started.problems[0]!.message);
    const running = started.value;
    if (recordFile !== undefined && sessionFile !== undefined && options.resume === undefined) {
      const scenarioText = sessionScenarioText(room);
      const first = await writeOutputs([[recordFile, recordHeader(room, origin, { port: running.port, teacherSecret, projectorSecret })], ...(scenarioText === null ? [] : [[sessionFile, scenarioText] as [string, string]])], [file]);
      if (!first.ok) {
        markRecordReady();
        await running.close();
        return fail(`the session cannot be saved: ${first.problems[0]!.message}`);
      }
    }
    markRecordReady();
    // The record holds the codes and the console's secret: readable by the teacher's account only.
    if (recordFile !== undefined) await chmod(recordFile, 0o600).catch(() => undefined);
    const stopped = io.interrupted?.() ?? Promise.resolve();
    const width = Math.max(...running.seatUrls.map(({ party }) => party.name.length + party.role.length + 3));
    io.stdout(
      [
        `A room for "${printable(scenario.title)}", from ${printable(room.start.label)}${options.resume !== undefined ? `, resumed with ${room.moves.length} ${room.moves.length === 1 ? 'move' : 'moves'} (${room.status})` : ''}.`,
        Object.keys(briefs).length > 0 ? `Each seat sees its own party's brief (${printable(briefsFile)}); the teacher sees them all.` : `No briefs: the seats see the situation and the rules only (briefs go in ${printable(briefsFile)}).`,
        options.lan === true
          ? `It listens on the local network (${running.hosts.slice(1).join(', ') || 'no network address found'}) as well as this computer: anyone on the network can open the page, and only a join code lets them in.`
          : 'It listens on this computer only (127.0.0.1). To let laptops and phones on the local network join, start it with --lan.',
        '',
        `Teacher's console (keep it to yourself): ${running.teacherUrl}`,
        `Projector (nothing private on it):       ${running.projectorUrl}`,
        '',
        'Seats (give each team its code; several students may share a seat):',
        ...running.seatUrls.map(({ party, code, url }) => `  ${`${printable(party.name)} (${party.role})`.padEnd(width)}  code ${code}  ${url}`),
        '',
        ...(options.lan === true ? [`Students open ${running.joinUrl} (or scan this) and type their seat's code:`, renderUnicodeCompact(running.joinUrl, { border: 1 }), ''] : []),
        sessionFile !== undefined ? `The session is saved to ${printable(sessionFile)} after every move.` : 'The session is not being saved: give --save <file> to keep it.',
        'Press Ctrl-C to close the room.',
        '',
      ].join('\n'),
    );
    await stopped;
    await running.close();
    await sessionWriter?.now(running.room());
    io.stdout(sessionFile !== undefined ? `Room closed. The session is in ${printable(sessionFile)}: replay it with truce run ${printable(sessionFile)}\n` : 'Room closed.\n');
    return EXIT.ok;
  },
});
