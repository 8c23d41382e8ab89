import type { tandemsMeetings as de } from '../de/tandems-meetings.ts';

export const tandemsMeetings: Record<keyof typeof de, string> = {};
