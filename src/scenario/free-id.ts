/** Ids for the steps and sources a tool adds to a scenario (a path found, a play session saved). */

/**
 * `wanted`, or `wanted-2`, `wanted-3`... the first not in `taken`, which it is then added to.
 * @example freeId('path-1', new Set(['path-1'])) // 'path-1-2'
 */
export function freeId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
