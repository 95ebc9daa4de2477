import type { FunctionSpec } from '../registry/define';

export const TAX_FUNCTIONS: FunctionSpec[] = [];
