import type { PolicyRecord } from './catalogue';
import data from './policies.json';

/**
 * Where the catalogue's records come from. In Node (CLI, audit, tests) they are part of the
 * program. The Excel start-up bundle swaps this module for records.lazy.ts (see
 * webpack.config.js), so the 130-odd clause texts load only when a catalogue function or
 * the policy browser first needs them.
 */
export function policyRecords(): readonly PolicyRecord[] {
  return data as unknown as PolicyRecord[];
}

/** Nothing to load here; the lazy twin fetches its chunk. */
export async function loadPolicyRecords(): Promise<void> {}
