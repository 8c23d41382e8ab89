import type { WorkspaceSection } from '../workspace/sections.ts';

/** The next meeting with its agenda (open to-dos), or a prompt to plan one. */
export const nextMeetingSection: WorkspaceSection = async () => null;
