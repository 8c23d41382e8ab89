/** Texts of the imports feature. */
export const imports = {} as const;
