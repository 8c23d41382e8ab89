import type { FastifyInstance } from 'fastify';
import { registerFormRoutes } from './routes/form.tsx';
import { registerProfileRoutes } from './routes/profile.tsx';
import { registerQuestionRoutes } from './routes/question.tsx';

export function registerRegistration(app: FastifyInstance) {
  registerQuestionRoutes(app);
  registerFormRoutes(app);
  registerProfileRoutes(app);
}
