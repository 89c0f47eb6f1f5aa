import { it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import { truceMachine, situationKey, type TruceSnapshot } from '../../src/model/index.js';
import { GRAPH_INPUT, SAMPLE_EVENTS, TIME_PASSES_TO } from './sample-events.js';
it('counts', () => {
  const events0 = ['TALKS_OPENED','PROPOSAL_TABLED','COUNTER_PROPOSAL','PROPOSAL_ACCEPTED','PROPOSAL_REJECTED','TALKS_STALLED','OPERATION_LAUNCHED','OPERATION_PAUSED','PAUSE_EXTENDED','AGREEMENT_EXTENDED','OPERATION_RESUMED','CEASEFIRE_BEGAN','PHASE_BEGAN','TIME_PASSED'].flatMap((t) => (SAMPLE_EVENTS as any)[t]);
  const events = events0.filter((e: any) => !(e.type === 'PROPOSAL_TABLED' && Object.keys(e.terms).length === 0));
  const all: string[] = [];
  const view = (snapshot: TruceSnapshot) => { const v = viewOf(snapshot); all.push(v); return v; };
  const viewOf = (snapshot: TruceSnapshot) => { const { value, closed, ...situation } = JSON.parse(situationKey(snapshot)); const { access, ...regions } = value; const { agreement, date } = snapshot.context; const endDay = agreement?.endDay ?? null; return JSON.stringify({ regions, ...situation, date, passes: endDay === null ? null : TIME_PASSES_TO.map((d) => d > endDay) }); };
  try {
    const adj = getAdjacencyMap(truceMachine, { input: GRAPH_INPUT, events, serializeState: (s) => view(s as TruceSnapshot), serializeEvent: (e) => JSON.stringify(e), limit: Infinity });
    console.log('STATES', Object.keys(adj).length);
  } catch (e) { console.log('ERR', String(e)); }
  const uniq = [...new Set(all)];
  const fields = new Map<string, Set<string>>();
  for (const v of uniq) { const o = JSON.parse(v); const flat = (obj: any, pre: string) => { for (const [k, val] of Object.entries(obj ?? {})) { if (val && typeof val === 'object' && !Array.isArray(val)) flat(val, pre + k + '.'); else { const key = pre + k; if (!fields.has(key)) fields.set(key, new Set()); fields.get(key)!.add(JSON.stringify(val)); } } }; flat(o, ''); }
  for (const [k, vals] of [...fields].sort((a, b) => b[1].size - a[1].size).slice(0, 12)) console.log('FIELD', k, vals.size, [...vals].slice(0, 5).join(' | '));
  const seen = new Map<string, Set<string>>();
  const orig = (globalThis as any).__views ?? [];

}, 600_000);
