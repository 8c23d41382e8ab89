import type { tandemsHelp as de } from '../de/tandems-help.ts';

export const tandemsHelp: Record<keyof typeof de, string> = {};
