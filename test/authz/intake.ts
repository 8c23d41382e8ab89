import type { Row } from './outcomes.ts';

/** Authorization-matrix rows for the intake feature's routes. */
export const intakeRows: Record<string, Row> = {};
