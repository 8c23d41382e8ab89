import type { WorkspaceSection } from '../workspace/sections.ts';

/** Held, cancelled and logged meetings, newest first. */
export const historySection: WorkspaceSection = async () => null;
