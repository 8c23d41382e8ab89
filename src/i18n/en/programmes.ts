import type { programmes as de } from '../de/programmes.ts';

export const programmes: Record<keyof typeof de, string> = {};
