import type { FunctionSpec } from '../registry/define';

export const EMPLOYMENT_FUNCTIONS: FunctionSpec[] = [];
