import type { WorkspaceSection } from '../workspace/sections.ts';

/** Open to-dos with their toggle. */
export const todosSection: WorkspaceSection = async () => null;
