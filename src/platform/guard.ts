import type { FastifyInstance } from 'fastify';
import { type Action, can, isAction } from '../policy/index.ts';
import { forbidden } from './errors.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Action;
}

/**
 * Every route declares the policy action it requires (`config.access`); a route without one stops the
 * app from starting. Before the handler runs, the actor must be allowed that action.
 */
export function registerGuard(app: FastifyInstance) {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: unknown };
    if (config.access === undefined && route.url.startsWith('/static/')) {
      route.config = { ...route.config, access: 'public.view' } as typeof route.config;
    } else if (!isAction(config.access)) {
      throw new Error(`Route ${route.method} ${route.url} declares no policy (config.access)`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routes.push({ method, url: route.url, access: (route.config as { access: Action }).access });
    }
  });

  app.addHook('preHandler', async (req, reply) => {
    const access = req.routeOptions.config.access as Action | undefined;
    // Only the not-found handler has no route config: it renders the German 404 page.
    if (!access) return;
    const actor = req.actor;
    if (can(actor, access)) return;
    if (access === 'session.start' || access === 'admin.setup') return reply.redirect('/konto', 303);
    if (access === 'session.mfa') return reply.redirect('/anmelden', 303);
    if (actor.kind === 'anonymous') {
      // Every route, a tandem's too, for any id, existing or not: the redirect reveals nothing, and a
      // link from a mail leads through the login to its page.
      const back = req.method === 'GET' ? req.url : '/konto';
      return reply.redirect(`/anmelden?weiter=${encodeURIComponent(back)}`, 303);
    }
    if ((actor.kind === 'coordinator' || actor.kind === 'admin') && !actor.mfaEnrolled) {
      reply.flash('warning', 'mfa.requiredNotice');
      return reply.redirect('/konto/2fa', 303);
    }
    throw forbidden();
  });
}
