import type { tandemsAgreement as de } from '../de/tandems-agreement.ts';

export const tandemsAgreement: Record<keyof typeof de, string> = {};
