/** Stalled tandems, support requests, ending and feedback, and the coordinators' tandem views. */
export const tandemsCare = {} as const;
