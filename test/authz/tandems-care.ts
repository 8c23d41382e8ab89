import type { Row } from './outcomes.ts';

export const tandemCareRows: Record<string, Row> = {};
