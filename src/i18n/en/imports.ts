import type { imports as de } from '../de/imports.ts';

export const imports: Record<keyof typeof de, string> = {};
