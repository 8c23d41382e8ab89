/** Kick-off preparation, the kick-off record and agreement, goals and milestones. */
export const tandemsKickoff = {} as const;
