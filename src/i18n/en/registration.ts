import type { registration as de } from '../de/registration.ts';

export const registration: Record<keyof typeof de, string> = {};
