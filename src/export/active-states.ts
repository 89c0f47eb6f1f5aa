/** The chart ids of the states a snapshot value is in: `truce.talks.proposal` and so on. */
import { REGIONS, type TruceStateValue } from '../model/snapshot.js';

export function activeStateIds(machineId: string, state: TruceStateValue): string[] {
  return REGIONS.map((region) => `${machineId}.${region}.${state[region]}`);
}
