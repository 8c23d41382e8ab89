/** Support requests, the coordinators' case work, ending a tandem and feedback. */
export const tandemsHelp = {} as const;
