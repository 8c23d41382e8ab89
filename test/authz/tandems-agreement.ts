import type { Row } from './outcomes.ts';

export const tandemAgreementRows: Record<string, Row> = {};
