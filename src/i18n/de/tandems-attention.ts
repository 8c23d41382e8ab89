/** Stalled tandems and the coordinators' tandem overview without contents. */
export const tandemsAttention = {} as const;
