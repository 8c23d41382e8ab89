import type { FastifyInstance } from 'fastify';
import { registerInvitationRoutes } from './routes/invitation.tsx';
import { registerStepRoutes } from './routes/steps.tsx';
import { registerUploadRoutes } from './routes/upload.tsx';

/**
 * Importing a programme's existing mentor/mentee list (coordinators, /koordination/import/…), and the
 * invitation link imported people receive (/einladung).
 */
export async function registerImports(app: FastifyInstance) {
  await registerUploadRoutes(app);
  registerStepRoutes(app);
  registerInvitationRoutes(app);
}
