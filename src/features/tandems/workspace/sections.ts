import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { MemberTandem } from '../../../access/index.ts';

/**
 * A part of the workspace page, owned by its area (kick-off, meetings, to-dos, …): it loads its own
 * data through its queries and renders its own view. Null: nothing to show.
 */
export type WorkspaceSection = (req: FastifyRequest, tandem: MemberTandem) => Promise<VNode | null>;
