/** Kick-off preparation, the kick-off record and the agreement. */
export const tandemsAgreement = {} as const;
