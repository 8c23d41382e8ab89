import type { Row } from './outcomes.ts';

export const tandemTimeRows: Record<string, Row> = {};
