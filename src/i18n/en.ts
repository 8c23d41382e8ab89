import type { de } from './de.ts';
import { de as source } from './de.ts';

// Placeholder until the English catalogue is written.
export const en: Record<keyof typeof de, string> = { ...source };
