import type { WorkspaceSection } from '../workspace/sections.ts';

/** Goals and milestones with progress. */
export const milestonesSection: WorkspaceSection = async () => null;
