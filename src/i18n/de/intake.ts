/** Texts of the intake feature. */
export const intake = {} as const;
