/** Texts of the registration feature. */
export const registration = {} as const;
