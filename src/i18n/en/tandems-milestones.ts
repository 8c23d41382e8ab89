import type { tandemsMilestones as de } from '../de/tandems-milestones.ts';

export const tandemsMilestones: Record<keyof typeof de, string> = {};
