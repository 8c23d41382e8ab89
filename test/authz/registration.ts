import type { Row } from './outcomes.ts';

/** Authorization-matrix rows for the registration feature's routes. */
export const registrationRows: Record<string, Row> = {};
