import { notCovered } from '../engine/errors';
import type { PolicyRecord } from './catalogue';

let loaded: readonly PolicyRecord[] | undefined;

/** The records once loadPolicyRecords() has run; before that a catalogue call is #N/A, never a wrong answer. */
export function policyRecords(): readonly PolicyRecord[] {
  if (!loaded) {
    throw notCovered({
      zh: '政策目录正在加载，请稍后重新计算',
      en: 'the policy catalogue is still loading; recalculate in a moment',
    });
  }
  return loaded;
}

/** Loads the catalogue chunk once; the Excel adapter awaits it before any catalogue function runs. */
export async function loadPolicyRecords(): Promise<void> {
  if (loaded) return;
  const mod = await import(/* webpackChunkName: "catalogue" */ './policies.json');
  loaded = (mod.default ?? mod) as unknown as PolicyRecord[];
}
