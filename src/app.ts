import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import type { AppDeps } from './deps.ts';
import { registerAccounts } from './features/accounts/index.ts';
import { registerCommunity } from './features/community/index.ts';
import { registerContentPages } from './features/content-pages/index.ts';
import { registerCoordination } from './features/coordination/index.ts';
import { registerDevMails } from './features/dev-mails/index.ts';
import { registerHealth } from './features/health/index.ts';
import { registerHome } from './features/home/index.ts';
import { registerImports } from './features/imports/index.ts';
import { registerIntake } from './features/intake/index.ts';
import { registerLibrary } from './features/library/index.ts';
import { registerMatching } from './features/matching/index.ts';
import { registerNotifications } from './features/notifications/index.ts';
import { registerProgrammes } from './features/programmes/index.ts';
import { registerProposals } from './features/proposals/index.ts';
import { registerRegistration } from './features/registration/index.ts';
import { registerTandems } from './features/tandems/index.ts';
import { registerTips } from './features/tips/index.ts';
import { registerRequestContext } from './platform/context.tsx';
import { registerErrorPages } from './platform/error-pages.tsx';
import { registerGuard } from './platform/guard.ts';
import { registerHttp } from './platform/http.ts';

/** Never log secrets: cookies, tokens in query strings, passwords in bodies are not serialised. */
/** The path without query string, and without the secret of a calendar feed URL. */
export const logSafeUrl = (url: string) =>
  (url.split('?')[0] ?? '').replace(/^\/kalender\/(?!erneuern\/?$).+$/, '/kalender/[verborgen]');

export function loggerOptions(config: Pick<Config, 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req) => ({ method: req.method, url: logSafeUrl(req.url), remoteAddress: req.ip }),
    },
  };
}

export type { AppDeps } from './deps.ts';

export async function buildApp(deps: AppDeps, options: { logger?: FastifyServerOptions['logger'] } = {}) {
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? loggerOptions(deps.config),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('deps', deps);

  // Platform first: the guard must see every route, the context every request.
  registerGuard(app);
  await registerHttp(app);
  registerRequestContext(app);
  registerErrorPages(app);

  // Features in a fixed order.
  registerHealth(app);
  registerHome(app);
  registerContentPages(app);
  registerAccounts(app);
  registerProgrammes(app);
  registerRegistration(app);
  registerIntake(app);
  registerProposals(app);
  registerTandems(app);
  registerCoordination(app);
  registerCommunity(app);
  await registerLibrary(app);
  registerMatching(app);
  registerNotifications(app);
  await registerImports(app);
  await registerTips(app);
  if (deps.config.mode === 'development' || deps.config.mode === 'demo') {
    registerDevMails(app);
  }
  return app;
}
