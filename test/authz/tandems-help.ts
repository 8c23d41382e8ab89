import type { Row } from './outcomes.ts';

export const tandemHelpRows: Record<string, Row> = {};
