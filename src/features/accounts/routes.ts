import type { FastifyInstance } from 'fastify';
import { registerAdminAccountRoutes } from './routes/admin-accounts.tsx';
import { registerPasswordRoutes } from './routes/password.tsx';
import { registerSessionRoutes } from './routes/session.tsx';
import { registerSettingsRoutes } from './routes/settings.tsx';
import { registerSetupRoutes } from './routes/setup.tsx';
import { registerSignupRoutes } from './routes/signup.tsx';

export function registerAccounts(app: FastifyInstance) {
  registerSessionRoutes(app);
  registerSignupRoutes(app);
  registerPasswordRoutes(app);
  registerSettingsRoutes(app);
  registerSetupRoutes(app);
  registerAdminAccountRoutes(app);
}
