import type { tandemsKickoff as de } from '../de/tandems-kickoff.ts';

export const tandemsKickoff: Record<keyof typeof de, string> = {};
