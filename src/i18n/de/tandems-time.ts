/** Mentoring time against the programme duty, and the proof (PDF). */
export const tandemsTime = {} as const;
