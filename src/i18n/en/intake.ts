import type { intake as de } from '../de/intake.ts';

export const intake: Record<keyof typeof de, string> = {};
