import type { WorkspaceSection } from '../workspace/sections.ts';

/** Asking for support and ending the tandem. */
export const helpSection: WorkspaceSection = async () => null;
