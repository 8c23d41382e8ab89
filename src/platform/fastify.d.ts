import type { VNode } from 'preact';
import type { AppDeps } from '../deps.ts';
import type { Locale, MessageKey, Translate } from '../i18n/index.ts';
import type { Action, Actor } from '../policy/index.ts';
import type { Flash } from '../ui/context.ts';
import type { HtmxOnly } from './context.tsx';
import type { RegisteredRoute } from './guard.ts';
import type { LoadedSession } from './session.ts';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    sessionCookie: { cookieName: string; secure: boolean };
    /** Every route with its policy action, for the authorization matrix test. */
    registeredRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    actor: Actor;
    session: LoadedSession | null;
    locale: Locale;
    t: Translate;
    flashMessage: Flash | undefined;
    /** Unread notifications of a signed-in person's page, for the header (set by registerNotifications). */
    unreadNotifications: number | undefined;
  }
  interface FastifyReply {
    /**
     * Renders a view to HTML (the whole page, or only its content for htmx): the one place that
     * knows about htmx. With `htmxOnly`, a request without htmx is redirected (303) instead.
     */
    page(node: VNode, status?: number, options?: { htmxOnly?: HtmxOnly }): FastifyReply;
    /** A message for the next page the user sees (after a 303 redirect). */
    flash(kind: Flash['kind'], key: MessageKey): FastifyReply;
  }
  interface FastifyContextConfig {
    /** The policy action this route requires; every route must declare one. */
    access?: Action;
    /**
     * No CSRF check, for a POST whose authority is a signed token in its URL instead of the session:
     * only the one-click unsubscribe (RFC 8058), which mail clients send without a CSRF token.
     */
    csrfExempt?: 'signed-token';
  }
}
