import type { tandemsCare as de } from '../de/tandems-care.ts';

export const tandemsCare: Record<keyof typeof de, string> = {};
