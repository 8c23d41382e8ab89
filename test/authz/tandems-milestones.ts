import type { Row } from './outcomes.ts';

export const tandemMilestonesRows: Record<string, Row> = {};
