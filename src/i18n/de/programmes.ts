/** Texts of the programmes feature. */
export const programmes = {} as const;
