import type { Row } from './outcomes.ts';

export const tandemMeetingsRows: Record<string, Row> = {};
