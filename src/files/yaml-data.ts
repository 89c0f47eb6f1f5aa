/**
 * A parsed YAML document to plain data, in one walk in the order the file is written.
 *
 * Why not the `yaml` library's own `toJS`: it finds each alias's anchor by scanning every
 * anchor and alias before it, so a file of many aliases reads in quadratic time (a 1 MB file
 * of 40,000 took 22 s; a 16 MB one would take hours), and it bounds aliases one anchor at a
 * time, so many anchors each used a little pass. Here each alias is one look-up, and the
 * bound is on the whole file: an alias stands for the very value its anchor made (nothing
 * is copied), and all aliases together may add, when the data is read in full, no more values
 * than the file itself writes (or {@link MIN_ALIAS_ALLOWANCE}, for a small file). A "billion
 * laughs" file, whose aliases nest aliases, is refused after one quick walk; a generated file
 * that reuses a date or an event on every step reads.
 *
 * The same walk refuses what JavaScript data cannot say as written: a key that is a list, a
 * mapping or an alias; two keys that are different in YAML but the same name in JavaScript
 * (`1` and `"1"`); an alias inside the value its anchor names (a value that holds itself).
 */
import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';
import { count } from '../words/index.js';
import type { ProblemCode } from './problem.js';

/** A small file's aliases may always add this many values, however few it writes itself. */
export const MIN_ALIAS_ALLOWANCE = 10_000;

export type YamlData = { ok: true; data: unknown } | { ok: false; offset: number; code: ProblemCode; message: string };

class Refusal {
  constructor(
    readonly offset: number,
    readonly code: ProblemCode,
    readonly message: string,
  ) {}
}

interface Anchored {
  value: unknown;
  /** How many values the anchored value holds, read in full (aliases inside it expanded). */
  size: number;
  /** Still being read: an alias to it now would be inside it. */
  open: boolean;
}

/**
 * The plain data a parsed document holds (its `contents`, which the caller has checked is a
 * mapping), or why it cannot be read, with the offset in the text to report it at.
 */
export function yamlData(document: Document.Parsed): YamlData {
  const anchors = new Map<string, Anchored>();
  /** Values read in full so far: those written, and those each alias stands for. */
  let expanded = 0;
  let written = 0;
  /** Where each alias is and, after it, how many values all aliases so far have added. */
  const aliasOffsets: number[] = [];
  const addedAfter: number[] = [];

  const read = (node: unknown): unknown => {
    if (isAlias(node)) {
      const anchored = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (!anchored) throw new Refusal(offset, 'syntax', `YAML syntax error: the alias *${node.source} names no anchor set before it (&${node.source})`);
      if (anchored.open) throw new Refusal(offset, 'syntax', `YAML syntax error: the alias *${node.source} is inside the value &${node.source} names (a value cannot hold itself)`);
      expanded += anchored.size;
      aliasOffsets.push(offset);
      addedAfter.push((addedAfter.at(-1) ?? 0) + anchored.size);
      return anchored.value;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (!anchor) return readValue(node);
    const anchored: Anchored = { value: undefined, size: 0, open: true };
    anchors.set(anchor, anchored);
    const before = expanded;
    anchored.value = readValue(node);
    anchored.size = expanded - before;
    anchored.open = false;
    return anchored.value;
  };

  const readValue = (node: unknown): unknown => {
    expanded += 1;
    written += 1;
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    if (isSeq(node)) return node.items.map(read);
    if (isMap(node)) {
      const mapping: Record<string, unknown> = {};
      for (const { key, value } of node.items) {
        if (key !== null && !isScalar(key)) {
          const what = isSeq(key) ? 'a list' : isMap(key) ? 'a mapping' : 'an alias';
          throw new Refusal((key as { range?: [number] }).range?.[0] ?? 0, 'syntax', `expected a key (a name before ":"), found ${what}`);
        }
        const keyValue = key === null ? null : read(key);
        const name = keyValue === null ? '' : String(keyValue);
        if (Object.hasOwn(mapping, name)) {
          throw new Refusal(key?.range?.[0] ?? 0, 'duplicate-key', `duplicate key "${name}": a key may appear only once in a mapping (the second would silently replace the first)`);
        }
        // A key named __proto__ is data like any other, not the object's prototype.
        if (name === '__proto__') Object.defineProperty(mapping, name, { value: read(value), writable: true, enumerable: true, configurable: true });
        else mapping[name] = read(value);
      }
      return mapping;
    }
    throw new Refusal(0, 'syntax', 'YAML syntax error: a kind of value this tool does not read');
  };

  let data: unknown;
  try {
    data = read(document.contents);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, offset: error.offset, code: error.code, message: error.message };
    if (error instanceof RangeError) return { ok: false, offset: 0, code: 'too-deep', message: 'cannot read this file: it is nested too deeply' };
    throw error;
  }

  const allowance = Math.max(MIN_ALIAS_ALLOWANCE, written);
  if ((addedAfter.at(-1) ?? 0) > allowance) {
    const first = addedAfter.findIndex((added) => added > allowance);
    return {
      ok: false,
      offset: aliasOffsets[first]!,
      code: 'too-many-aliases',
      message: `too many YAML aliases: read in full, they would add more values than the file writes (at most ${count(allowance)} here); a file that grows when read is refused`,
    };
  }
  return { ok: true, data };
}
