/**
 * Where in a file a problem at a path must be reported, found with the `yaml`
 * package's own lookup (`getIn`), independently of the loader's way back from
 * paths to positions: the value's first character, the key's for an unknown
 * key, or the first character of the mapping that lacks a key.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { IssuePath } from '../../src/files/index.js';

export interface Place {
  line: number;
  column: number;
}

export function expectedPlace(text: string, parts: IssuePath, at: 'value' | 'key' | 'parent'): Place {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  const nodeAt = (path: IssuePath): Node => (path.length === 0 ? document.contents : document.getIn(path, true)) as Node;
  let offset: number;
  if (at === 'key') {
    const map = nodeAt(parts.slice(0, -1));
    if (!isMap(map)) throw new Error(`no mapping at ${parts.slice(0, -1).join('.')}`);
    const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(parts.at(-1)));
    offset = (pair!.key as Node).range![0];
  } else {
    const node = nodeAt(at === 'parent' ? parts.slice(0, -1) : parts);
    if (!node?.range) throw new Error(`nothing at ${parts.join('.')}`);
    offset = node.range[0];
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
