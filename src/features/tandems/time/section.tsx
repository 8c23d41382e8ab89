import type { WorkspaceSection } from '../workspace/sections.ts';

/** For the mentor: this year's mentoring time beside the duty. */
export const timeSection: WorkspaceSection = async () => null;
