import type { FunctionSpec } from '../registry/define';

export const UTILITY_FUNCTIONS: FunctionSpec[] = [];
