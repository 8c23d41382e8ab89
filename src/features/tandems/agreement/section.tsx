import type { WorkspaceSection } from '../workspace/sections.ts';

/** The kick-off step or the agreement in force, with its pending change. */
export const agreementSection: WorkspaceSection = async () => null;
