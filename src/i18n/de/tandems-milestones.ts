/** Goals and milestones, and celebrating them. */
export const tandemsMilestones = {} as const;
