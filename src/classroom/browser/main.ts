/**
 * The room's page in the browser: joins with the code or secret in the
 * address's fragment (or typed in), shows what the room sends, and sends the
 * moves chosen. Every text goes on the page with textContent. When the
 * connection drops, it joins again with the same code.
 */
export {};

type Role = 'seat' | 'teacher' | 'projector';
interface Offer { type: string; label: string; event: Record<string, unknown>; accused?: Array<{ id: string; name: string }> }
interface BriefPoint { text: string; source?: string; inferred?: boolean; note?: string }
interface Brief { summary: string; positions?: BriefPoint[]; interests?: BriefPoint[]; redLines?: BriefPoint[]; knows?: BriefPoint[] }
type Qr = boolean[][];
interface Debrief {
  rows: Array<{ record: { date: string; text: string } | null; session: { date: string; who: string; text: string } | null; same: boolean }>;
  leftAt: number | null;
  final: Array<{ region: string; record: string; session: string }>;
  agreement: { record: string | null; session: string | null };
}
interface View {
  debrief?: Debrief | null;
  join?: { url: string; qr: Qr | null };
  brief?: Brief | null;
  briefs?: Record<string, Brief>;
  role: Role; status: string; date: string; title: string; situation: string[]; moveCount: number; activeStates: string[];
  timeline: Array<{ number: number; who: string; date: string; text: string; accepted: boolean; reason?: string; undone: boolean }>;
  party?: { id: string; name: string; role: string };
  moves?: Offer[] | Array<{ type: string; label: string; parties: Array<{ id: string; name: string }>; event: Record<string, unknown> }>;
  refused?: Array<{ type: string; label: string; reason: string }>;
  seats?: Array<{ party: { id: string; name: string; role: string }; code: string; connected: number; held?: boolean; url?: string; qr?: Qr }>;
  record?: Array<{ id: string; date: string; text: string }>;
}

const STATUS_WORDS: Record<string, string> = { waiting: 'the session has not begun', running: 'the session is running', paused: 'the session is paused', ended: 'the session has ended' };
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const KEY = 'truce-class-credential';

function credentialFromAddress(): string | null {
  const hash = location.hash.slice(1);
  if (!hash) return sessionStorage.getItem(KEY);
  // Forget it from the address bar at once: a screen shared or a photo of it shows nothing.
  history.replaceState(null, '', location.pathname);
  sessionStorage.setItem(KEY, hash);
  return hash;
}

function item(text: string, className?: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

let socket: WebSocket | null = null;
let credential = credentialFromAddress();
let lastView: View | null = null;
let joined = false;
let retry = 500;

function sendMessage(message: unknown): void {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function joinMessage(text: string): unknown {
  const [kind, value = ''] = text.split('=', 2);
  if (kind === 'teacher') return { type: 'teacher', secret: value };
  if (kind === 'projector') return { type: 'teacher', secret: `projector:${value}` };
  return { type: 'join', code: value };
}

function showAnswer(ok: boolean, message: string): void {
  const answer = byId('answer');
  answer.textContent = message;
  answer.className = ok ? 'accepted' : 'refused';
}

/** What a student has typed or chosen for a move, kept while the room changes around them (by move type). */
const drafts = new Map<string, Record<string, unknown>>();
let shownMoves = '';

/** The numbers and yes/no details a move's event may carry, in words, as a student fills them in. */
const DETAIL_LABELS: Record<string, string> = {
  count: 'how many',
  deceased: 'of them, bodies',
  days: 'days',
  trucks: 'trucks',
  phase: 'phase',
  toll: 'death toll',
  held: 'held',
  crossing: 'crossing',
  outsideDeal: 'outside the deal',
};

/** A proposal's terms, in words: those the default terms have, and these always. */
const TERM_LABELS: Record<string, string> = {
  pauseDays: 'days of pause',
  ceasefireDays: 'days of ceasefire',
  hostages: 'hostages to be released',
  prisoners: 'prisoners to be released',
  aidTrucksPerDay: 'aid trucks a day',
  phases: 'phases',
  lastingCeasefire: 'a lasting ceasefire',
  amends: 'amends the agreement in force',
  withdrawal: 'troop withdrawal',
};
const CORE_TERMS = ['pauseDays', 'ceasefireDays', 'hostages', 'prisoners'];

/** What each phase of a deal's list gives, in words; every one shown, given or not. */
const PHASE_LABELS: Record<string, string> = {
  days: 'days',
  hostages: 'hostages to be released',
  prisoners: 'prisoners to be released',
  aidTrucksPerDay: 'aid trucks a day',
  withdrawal: 'troop withdrawal',
  toBeNegotiated: 'terms still to be agreed',
  note: 'note',
};

/** How a term is typed: yes or no, words (a withdrawal may be either: as the offer gives it), or a whole number. */
function termKind(key: string, value: unknown): 'number' | 'boolean' | 'text' {
  if (key === 'lastingCeasefire' || key === 'amends' || key === 'toBeNegotiated') return 'boolean';
  if (key === 'note') return 'text';
  if (key === 'withdrawal') return typeof value === 'string' ? 'text' : 'boolean';
  return 'number';
}

/**
 * A deal's list of phases, each with the inputs for its own terms (typed as the offer's phases give
 * them), and buttons to add a phase at the end or take the last one out (a list keeps one at least).
 */
function phaseInputs(phases: Array<Record<string, unknown>>, offered: ReadonlyArray<Record<string, unknown>>, keep: () => void): HTMLDivElement {
  const box = document.createElement('div');
  box.className = 'phases';
  const draw = () => {
    const fieldsets = phases.map((phase, index) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'phase';
      const legend = document.createElement('legend');
      legend.textContent = `Phase ${index + 1}`;
      fieldset.append(legend);
      for (const [key, label] of Object.entries(PHASE_LABELS)) fieldset.append(detailInput(phase, key, label, termKind(key, offered[index]?.[key]), keep, `phase ${index + 1}: ${label}`));
      return fieldset;
    });
    const add = document.createElement('button');
    add.textContent = 'Add a phase';
    add.addEventListener('click', () => {
      phases.push({});
      keep();
      draw();
    });
    const remove = document.createElement('button');
    remove.textContent = 'Take out the last phase';
    remove.disabled = phases.length <= 1;
    remove.addEventListener('click', () => {
      phases.pop();
      keep();
      draw();
    });
    const controls = document.createElement('p');
    controls.className = 'phase-controls';
    controls.append(add, ' ', remove);
    box.replaceChildren(...fieldsets, controls);
  };
  draw();
  return box;
}

/** An input for one detail of `target`: a whole number (left empty: not given), yes or no, or a line of words. */
function detailInput(target: Record<string, unknown>, key: string, label: string, kind: 'number' | 'boolean' | 'text', onChange: () => void, name?: string): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.className = 'detail';
  const input = document.createElement('input');
  // The name a screen reader gives, when the label alone would not say enough ("days" of which phase).
  if (name !== undefined) input.setAttribute('aria-label', name);
  if (kind === 'boolean') {
    input.type = 'checkbox';
    input.checked = target[key] === true;
    input.addEventListener('change', () => {
      if (input.checked) target[key] = true;
      else delete target[key];
      onChange();
    });
    wrapper.append(input, document.createTextNode(` ${label}`));
    return wrapper;
  }
  input.type = kind === 'number' ? 'number' : 'text';
  if (kind === 'number') {
    input.min = '0';
    input.step = '1';
    input.inputMode = 'numeric';
  } else input.maxLength = 1000;
  input.value = target[key] === undefined ? '' : String(target[key]);
  input.addEventListener('input', () => {
    if (input.value.trim() === '') delete target[key];
    else target[key] = kind === 'number' ? Number(input.value) : input.value;
    onChange();
  });
  wrapper.append(document.createTextNode(`${label} `), input);
  return wrapper;
}

/**
 * The inputs for what a move carries (numbers, a proposal's terms, words), editing `event` in place.
 * Each input is of the kind the move as offered gives (`offered`), so that a withdrawal in words
 * cleared while editing can be typed again.
 */
function detailsOf(event: Record<string, unknown>, label: string, keep: () => void, offered: Record<string, unknown> = event): HTMLDivElement {
  const details = document.createElement('div');
  details.className = 'details';
  for (const [key, value] of Object.entries(event)) {
    if (key === 'type' || key === 'by' || key === 'claimant' || key === 'text' || key === 'terms') continue;
    const label = DETAIL_LABELS[key] ?? key;
    details.append(detailInput(event, key, label, typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text', keep));
  }
  if (typeof event.terms === 'object' && event.terms !== null) {
    const terms = event.terms as Record<string, unknown>;
    const offeredTerms = (typeof offered.terms === 'object' && offered.terms !== null ? offered.terms : terms) as Record<string, unknown>;
    const keys = [...new Set([...CORE_TERMS, ...Object.keys(offeredTerms), ...Object.keys(terms)])].filter((key) => TERM_LABELS[key] && (typeof terms[key] !== 'object' || terms[key] === undefined));
    for (const key of keys) details.append(detailInput(terms, key, TERM_LABELS[key]!, termKind(key, offeredTerms[key]), keep));
    if (Array.isArray(terms.phases)) details.append(phaseInputs(terms.phases as Array<Record<string, unknown>>, Array.isArray(offeredTerms.phases) ? (offeredTerms.phases as Array<Record<string, unknown>>) : [], keep));
  }
  if (typeof event.text === 'string') {
    const box = document.createElement('textarea');
    box.value = event.text;
    box.maxLength = 1000;
    box.setAttribute('aria-label', `${label}: the words`);
    box.addEventListener('input', () => {
      // One line: a statement or a claim is a line of text in the session file.
      event.text = box.value.replace(/\s*\n\s*/g, ' ');
      keep();
    });
    details.append(box);
  }
  return details;
}

/** A move's button, with what the move carries: words, a party named, numbers, a proposal's terms, each filled in for the moment. */
function moveItem(offer: Offer): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.move = offer.type;
  const event: Record<string, unknown> = drafts.get(offer.type) ?? structuredClone(offer.event);
  const keep = () => drafts.set(offer.type, event);
  const button = document.createElement('button');
  button.textContent = offer.label;
  const details = detailsOf(event, offer.label, keep, offer.event);
  if (offer.accused && offer.accused.length > 0) {
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'the party the claim names');
    for (const party of offer.accused) {
      const option = document.createElement('option');
      option.value = party.id;
      option.textContent = party.name;
      select.append(option);
    }
    select.value = offer.accused.some((party) => party.id === event.by) ? String(event.by) : offer.accused[0]!.id;
    event.by = select.value;
    select.addEventListener('change', () => {
      event.by = select.value;
      keep();
    });
    details.prepend(select);
  }
  button.addEventListener('click', () => {
    sendMessage({ type: 'move', event });
    drafts.delete(offer.type);
  });
  li.append(button, details);
  return li;
}

const BRIEF_LISTS = [['positions', 'What it says it wants'], ['interests', 'Its interests'], ['redLines', 'What it says it will not accept'], ['knows', 'What it knows that others do not']] as const;

/** A brief as headings and lists, each point with where it comes from. */
function briefNodes(brief: Brief, heading?: string): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  if (heading) {
    const title = document.createElement('h3');
    title.textContent = heading;
    nodes.push(title);
  }
  const summary = document.createElement('p');
  summary.textContent = brief.summary;
  nodes.push(summary);
  for (const [key, label] of BRIEF_LISTS) {
    const points = brief[key];
    if (!points || points.length === 0) continue;
    const title = document.createElement('h3');
    title.textContent = label;
    const list = document.createElement('ul');
    for (const point of points) {
      const li = item(point.text);
      const source = document.createElement('span');
      source.className = 'source';
      source.textContent = point.source ? ` (source: ${point.source})` : ` (an assumption of the exercise${point.note ? `; ${point.note}` : ''})`;
      li.append(source);
      list.append(li);
    }
    nodes.push(title, list);
  }
  return nodes;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A QR code drawn as SVG squares, built with the DOM (no markup is parsed). */
function qrSvg(modules: Qr, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${modules.length} ${modules.length}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(modules.length));
  background.setAttribute('height', String(modules.length));
  background.setAttribute('fill', '#fff');
  svg.append(background);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join(''));
  path.setAttribute('fill', '#000');
  svg.append(path);
  return svg;
}

function render(view: View): void {
  lastView = view;
  document.body.classList.toggle('projector', view.role === 'projector');
  for (const status of ['waiting', 'running', 'paused', 'ended']) document.body.classList.toggle(status, view.status === status);
  byId('title').textContent = view.role === 'seat' ? `${view.party!.name} — ${view.title}` : view.title;
  byId('where').textContent = `${view.date} · ${STATUS_WORDS[view.status] ?? view.status}`;
  byId('join').hidden = true;
  byId('situation-panel').hidden = false;
  byId('timeline-panel').hidden = false;
  byId('situation').replaceChildren(...view.situation.map((line) => item(line)));
  byId('timeline-note').textContent = view.timeline.length < view.moveCount ? `The last ${view.timeline.length} of ${view.moveCount} moves; the session file has them all.` : '';
  byId('timeline').replaceChildren(
    ...view.timeline.map((entry) => {
      const li = item(`${entry.date} — ${entry.who}: ${entry.text}${entry.accepted ? '' : ` (refused: ${entry.reason ?? ''})`}${entry.undone ? ' (undone)' : ''}`, entry.undone ? 'undone' : entry.accepted ? '' : 'refused');
      li.value = entry.number;
      return li;
    }),
  );
  renderDebrief(view.debrief);
  const chart = document.getElementById('chart-panel');
  if (chart) {
    chart.hidden = false;
    const active = new Set(view.activeStates);
    for (const node of chart.querySelectorAll<SVGElement>('[data-state-id]')) node.classList.toggle('active', active.has(node.dataset.stateId ?? ''));
  }
  byId('moves-panel').hidden = view.role !== 'seat';
  // The join page's address and QR code (no seat's code in either), on the projector and the console.
  byId('join-panel').hidden = view.role === 'seat' || !view.join;
  if (view.join && view.role !== 'seat') {
    byId('join-url').textContent = view.join.url;
    byId('join-qr').replaceChildren(...(view.join.qr ? [qrSvg(view.join.qr, `QR code for ${view.join.url}`)] : []));
  }
  const briefs = view.role === 'seat' ? (view.brief ? briefNodes(view.brief) : []) : view.role === 'teacher' ? Object.entries(view.briefs ?? {}).flatMap(([party, brief]) => briefNodes(brief, view.seats?.find((seat) => seat.party.id === party)?.party.name ?? party)) : [];
  byId('brief-panel').hidden = briefs.length === 0;
  byId('brief-heading').textContent = view.role === 'teacher' ? 'The briefs (each seat sees its own only)' : 'Your brief (for your seat only)';
  byId('brief').replaceChildren(...briefs);
  byId('teacher-panel').hidden = view.role !== 'teacher';
  if (view.role === 'seat') {
    // Rebuilt only when the moves offered change: a box being typed in stays as it is.
    const offered = JSON.stringify([view.status, view.moves]);
    if (offered !== shownMoves) {
      shownMoves = offered;
      // The field being typed in keeps the focus (and the caret) when the list is made again.
      const focused = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
      const place = focused?.closest<HTMLElement>('#moves li');
      const where = place ? { move: place.dataset.move, index: [...place.querySelectorAll('input, textarea, select')].indexOf(focused!), caret: 'selectionStart' in focused! ? focused.selectionStart : null } : null;
      byId('moves').replaceChildren(...(view.moves as Offer[]).map(moveItem));
      if (where) {
        const field = byId('moves').querySelector<HTMLElement>(`li[data-move="${where.move}"]`)?.querySelectorAll<HTMLInputElement>('input, textarea, select')[where.index];
        field?.focus();
        if (field && where.caret !== null && 'setSelectionRange' in field && field.type !== 'number') field.setSelectionRange(where.caret, where.caret);
      }
      if (view.moves!.length === 0) byId('moves').replaceChildren(item(view.status === 'running' ? 'No move is open to you now.' : view.status === 'ended' ? 'The session has ended.' : 'Wait for the teacher to run the session.'));
    }
    byId('refused').replaceChildren(...(view.refused ?? []).map((move) => item(`${move.label}: ${move.reason}`)));
  }
  if (view.role === 'teacher') renderTeacher(view);
}

function row(cells: readonly string[], className = ''): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (className) tr.className = className;
  for (const text of cells) {
    const cell = document.createElement('td');
    cell.textContent = text;
    tr.append(cell);
  }
  return tr;
}

function renderDebrief(debrief: Debrief | null | undefined): void {
  byId('debrief-panel').hidden = !debrief;
  if (!debrief) return;
  byId('debrief-left').textContent =
    debrief.leftAt === null ? 'The room made the record’s moves all the way.' : `The room left the record at row ${debrief.leftAt + 1} (marked): from there on, its moves are its own.`;
  byId('debrief-final').replaceChildren(...debrief.final.map((region) => row([region.region, region.record, region.session], region.record === region.session ? '' : 'differs')));
  byId('debrief-agreement').textContent = `The record: ${debrief.agreement.record ?? 'no agreement'}. This room: ${debrief.agreement.session ?? 'no agreement'}.`;
  byId('debrief-rows').replaceChildren(
    ...debrief.rows.map((entry, index) =>
      row(
        [String(index + 1), entry.record ? `${entry.record.date}: ${entry.record.text}` : '—', entry.session ? `${entry.session.date}, ${entry.session.who}: ${entry.session.text}` : '—'],
        `${entry.same ? '' : 'differs'}${index === debrief.leftAt ? ' left' : ''}`.trim(),
      ),
    ),
  );
}

function renderTeacher(view: View): void {
  byId('seat-qrs').replaceChildren(
    ...view.seats!.map((seat) => {
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = `${seat.party.name}: ${seat.code}`;
      if (seat.qr) figure.append(qrSvg(seat.qr, `QR code to join as ${seat.party.name}`));
      figure.append(caption);
      return figure;
    }),
  );
  byId('seats').replaceChildren(
    ...view.seats!.map((seat) => {
      const row = document.createElement('tr');
      for (const [text, className] of [[seat.party.name, ''], [seat.party.role, ''], [seat.code, 'code'], [String(seat.connected), '']] as const) {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (className) cell.className = className;
        row.append(cell);
      }
      // Hold a seat's moves (a seat flooding the room, a team asked to wait), and let it go again.
      const cell = document.createElement('td');
      const hold = document.createElement('button');
      hold.textContent = seat.held ? 'Let it move' : 'Hold';
      hold.setAttribute('aria-label', `${seat.held ? 'Let it move' : 'Hold'}: ${seat.party.name}`);
      hold.addEventListener('click', () => sendMessage({ type: 'hold', party: seat.party.id, held: !seat.held }));
      // A code gone further than its team (read out, posted): the seat gets a new one, and its pages leave.
      const newCode = document.createElement('button');
      newCode.textContent = 'New code';
      newCode.setAttribute('aria-label', `New code: ${seat.party.name}`);
      newCode.title = `Give ${seat.party.name} a new code: its pages leave the room until they join with it`;
      newCode.addEventListener('click', () => sendMessage({ type: 'newCode', party: seat.party.id }));
      cell.append(hold, ' ', newCode);
      row.append(cell);
      return row;
    }),
  );
  const moves = view.moves as TeacherMove[];
  teacherMoves = moves;
  fillSelect(byId<HTMLSelectElement>('inject-move'), moves.map((move) => [move.type, move.label]));
  fillInjectAs();
  fillSelect(byId<HTMLSelectElement>('record-step'), (view.record ?? []).map((step) => [step.id, `${step.date}: ${step.text}`]));
}

interface TeacherMove { type: string; label: string; senderKind: string; parties: Array<{ id: string; name: string }>; event: Record<string, unknown> }
let teacherMoves: TeacherMove[] = [];

/** A select's options, replaced only when they change, the choice kept by its value (never by its place in the list). */
function fillSelect(select: HTMLSelectElement, options: ReadonlyArray<readonly [string, string]>): void {
  const wanted = JSON.stringify(options);
  if (select.dataset.options === wanted) return;
  const chosen = select.value;
  select.dataset.options = wanted;
  select.replaceChildren(
    ...options.map(([value, text]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      return option;
    }),
  );
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}

/** Who the teacher may record the chosen move as: the parties the rules allow to make it, and the world when it needs no party. */
/** The chosen move's event, as the teacher edits it (the figure of a casualty report, the words of a statement). */
let injectEvent: Record<string, unknown> | null = null;
let injectShown = '';

function fillInjectAs(): void {
  const move = teacherMoves.find((candidate) => candidate.type === byId<HTMLSelectElement>('inject-move').value);
  // The details of the chosen move, made again only when another move is chosen or its defaults change.
  const shown = JSON.stringify(move ?? null);
  if (shown !== injectShown) {
    injectShown = shown;
    injectEvent = move ? structuredClone(move.event) : null;
    byId('inject-details').replaceChildren(...(injectEvent && move ? [detailsOf(injectEvent, move.label, () => undefined, move.event)] : []));
  }
  const world: Array<[string, string]> = move && (move.senderKind === 'none' || move.senderKind === 'optional') ? [['', 'the world (no party)']] : [];
  fillSelect(byId<HTMLSelectElement>('inject-as'), [...world, ...(move?.parties ?? []).map((party): [string, string] => [party.id, party.name])]);
}

function connect(): void {
  if (!credential) {
    byId('join').hidden = false;
    return;
  }
  socket = new WebSocket(`ws://${location.host}/ws`);
  socket.addEventListener('open', () => {
    retry = 500;
    sendMessage(joinMessage(credential!));
  });
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data)) as { type: string; view?: View; ok?: boolean; message?: string };
    if (data.type === 'welcome') {
      joined = true;
      const party = (data as { party?: { name: string } }).party;
      showAnswer(true, party ? `You have joined the room as ${party.name}.` : 'You have joined the room.');
    }
    if (data.type === 'view' && data.view) render(data.view);
    if (data.type === 'answer') {
      showAnswer(Boolean(data.ok), data.message ?? '');
      // A code the room does not know: ask for it again.
      if (!joined && !data.ok) {
        sessionStorage.removeItem(KEY);
        byId('join').hidden = false;
        byId<HTMLInputElement>('code').focus();
      }
    }
  });
  socket.addEventListener('close', (event) => {
    joined = false;
    if (event.code === 1008) {
      // Refused (wrong codes): ask for the code again rather than retry.
      sessionStorage.removeItem(KEY);
      credential = null;
      byId('join').hidden = false;
      showAnswer(false, event.reason || 'the room closed the connection');
      return;
    }
    byId('where').textContent = 'Connection lost: joining again…';
    showAnswer(false, 'Connection lost: joining the room again… Moves made now are not sent.');
    setTimeout(connect, retry);
    retry = Math.min(retry * 2, 8000);
  });
}

byId('join-form').addEventListener('submit', (event) => {
  event.preventDefault();
  credential = `join=${byId<HTMLInputElement>('code').value}`;
  sessionStorage.setItem(KEY, credential);
  if (socket?.readyState === WebSocket.OPEN) sendMessage(joinMessage(credential));
  else connect();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-control]')) button.addEventListener('click', () => sendMessage({ type: 'control', command: button.dataset.control }));
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-advance]')) button.addEventListener('click', () => sendMessage({ type: 'advance', days: Number(button.dataset.advance) }));
byId('advance-to-button').addEventListener('click', () => sendMessage({ type: 'advance', to: byId<HTMLInputElement>('advance-to').value }));
byId('undo').addEventListener('click', () => sendMessage({ type: 'undo' }));
byId('record').addEventListener('click', () => {
  const step = byId<HTMLSelectElement>('record-step').value;
  if (step) sendMessage({ type: 'record', step });
});
byId('inject-move').addEventListener('change', fillInjectAs);
byId('inject').addEventListener('click', () => {
  const move = teacherMoves.find((candidate) => candidate.type === byId<HTMLSelectElement>('inject-move').value);
  const as = byId<HTMLSelectElement>('inject-as').value;
  if (move) sendMessage({ type: 'inject', as: as === '' ? null : as, event: injectEvent ?? move.event });
});
connect();
