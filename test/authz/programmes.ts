import type { Row } from './outcomes.ts';

/** Authorization-matrix rows for the programmes feature's routes. */
export const programmeRows: Record<string, Row> = {};
