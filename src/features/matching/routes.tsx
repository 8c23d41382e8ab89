import type { FastifyInstance } from 'fastify';
import { RoundRunner } from './round/runner.ts';
import { registerOverviewRoutes } from './routes/overview.tsx';
import { registerRoundRoutes } from './routes/rounds.tsx';
import { registerSettingsRoutes } from './routes/settings.tsx';
import { registerSuggestionRoutes } from './routes/suggestions.tsx';

declare module 'fastify' {
  interface FastifyInstance {
    /** Matching rounds running in worker threads of this instance. */
    matchingRounds: RoundRunner;
  }
}

/** Matching at /koordination/matching: suggestions, weights, rounds; the programme's coordinators only. */
export function registerMatching(app: FastifyInstance) {
  const runner = new RoundRunner(app.deps, app.log);
  app.decorate('matchingRounds', runner);
  app.addHook('onClose', () => runner.stop());
  registerOverviewRoutes(app);
  registerSuggestionRoutes(app);
  registerSettingsRoutes(app);
  registerRoundRoutes(app);
}
