import type { Row } from './outcomes.ts';

/** Authorization-matrix rows for the imports feature's routes. */
export const importRows: Record<string, Row> = {};
