import type { Row } from './outcomes.ts';

export const tandemKickoffRows: Record<string, Row> = {};
