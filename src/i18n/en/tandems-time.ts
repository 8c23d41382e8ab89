import type { tandemsTime as de } from '../de/tandems-time.ts';

export const tandemsTime: Record<keyof typeof de, string> = {};
