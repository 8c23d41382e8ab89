import type { Row } from './outcomes.ts';

export const tandemAttentionRows: Record<string, Row> = {};
