import type { FunctionSpec } from './define';
import { CATALOGUE_FUNCTIONS } from '../catalogue/functions';
import { makeExplain } from './explain';
import { EMPLOYMENT_FUNCTIONS } from '../functions/employment';
import { ENTSIZE } from '../functions/entsize';
import { FINANCE_FUNCTIONS } from '../functions/finance';
import { RENT_FUNCTIONS } from '../functions/rent';
import { SOCIAL_INSURANCE_FUNCTIONS } from '../functions/socialInsurance';
import { STEAM_FUNCTIONS } from '../functions/steam';
import { TAX_FUNCTIONS } from '../functions/tax';
import { UTILITY_FUNCTIONS } from '../functions/utilities';

/** The Excel namespace: users type =SUBSIDY.NAME(...). */
export const NAMESPACE = 'SUBSIDY';

/**
 * The single list of functions. Excel metadata, the runtime associations, the HyperFormula
 * plugin, the CLI, the task pane's forms and the reference docs are all derived from it.
 */
export const FUNCTIONS: readonly FunctionSpec[] = [
  ...SOCIAL_INSURANCE_FUNCTIONS,
  ENTSIZE,
  ...EMPLOYMENT_FUNCTIONS,
  ...RENT_FUNCTIONS,
  ...FINANCE_FUNCTIONS,
  ...STEAM_FUNCTIONS,
  ...UTILITY_FUNCTIONS,
  ...TAX_FUNCTIONS,
  makeExplain(
    (name) => lookupFunction(name),
    () => FUNCTIONS.map((f) => f.name),
  ),
  ...CATALOGUE_FUNCTIONS,
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));
if (BY_NAME.size !== FUNCTIONS.length) throw new Error('registry: two functions share a name');

/** A function by its name, with or without the namespace, in any case ("subsidy.rentrelief"). */
export function lookupFunction(name: string): FunctionSpec | undefined {
  const bare = name.trim().toUpperCase().replace(new RegExp(`^${NAMESPACE}\\.`), '');
  return BY_NAME.get(bare);
}
