/** Meetings, preparation, records, to-dos and the calendar feed. */
export const tandemsMeetings = {} as const;
