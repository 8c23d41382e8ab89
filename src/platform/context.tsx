import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { isLocale, type Locale, type MessageKey, translator } from '../i18n/index.ts';
import { anonymous } from '../policy/index.ts';
import type { Flash, NavItem, ViewContext } from '../ui/context.ts';
import { renderView } from '../ui/render.tsx';
import { coordinationNav, headerNav } from './navigation.ts';
import { loadSession, sessionToken } from './session.ts';

const FLASH_COOKIE = 'kt_flash';
export const LANG_COOKIE = 'kt_lang';

/** Loads the session, the actor and the language; gives replies `page` and `flash`. */
export function registerRequestContext(app: FastifyInstance) {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', null);
  app.decorateRequest('locale', 'de');
  app.decorateRequest('t', translator('de'));
  app.decorateRequest('flashMessage', undefined);

  app.addHook('onRequest', async (req, reply) => {
    req.actor = anonymous;
    if (req.url.startsWith('/static/') || req.url === '/healthz' || req.url === '/readyz') return;
    const token = sessionToken(req);
    if (token) {
      req.session = await loadSession(app.deps.database.db, token, app.deps.clock());
      if (req.session) {
        req.actor = req.session.actor;
        // Both loggers: "request completed" is written through the reply's.
        req.log = req.log.child({ userId: req.session.user.id });
        reply.log = req.log;
      }
    }
    const cookieLang = req.cookies[LANG_COOKIE];
    const locale: Locale =
      req.session?.stage === 'full' ? req.session.user.locale : isLocale(cookieLang) ? cookieLang : 'de';
    req.locale = locale;
    req.t = translator(locale);
    const flash = req.cookies[FLASH_COOKIE];
    if (flash) {
      const unsigned = req.unsignCookie(flash);
      if (unsigned.valid && unsigned.value) {
        try {
          req.flashMessage = JSON.parse(unsigned.value) as Flash;
        } catch {
          /* an unreadable flash is dropped */
        }
      }
    }
  });

  app.decorateReply('flash', function (this: FastifyReply, kind: Flash['kind'], key: MessageKey) {
    this.setCookie(FLASH_COOKIE, JSON.stringify({ kind, key }), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: app.sessionCookie.secure,
      signed: true,
      maxAge: 60,
    });
    return this;
  });

  app.decorateReply(
    'page',
    function (this: FastifyReply, node: VNode, status = 200, options: { htmxOnly?: HtmxOnly } = {}) {
      const ctx = viewContext(this.request, this);
      // A fragment that only makes sense in place (a toggled list item): without htmx, the plain form's 303.
      if (options.htmxOnly && !ctx.fragment) {
        const { otherwise, flash } = options.htmxOnly;
        if (flash) this.flash(flash.kind, flash.key);
        return this.redirect(otherwise, 303);
      }
      if (this.request.flashMessage) {
        this.clearCookie(FLASH_COOKIE, { path: '/' });
      }
      const html = renderView(ctx, node);
      return this.code(status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('vary', 'HX-Request')
        .send(ctx.fragment ? html : `<!DOCTYPE html>${html}`);
    },
  );
}

/** For reply.page: where a request without htmx goes instead, and the message it finds there. */
export interface HtmxOnly {
  otherwise: string;
  flash?: Flash;
}

/** CSRF tokens are bound to the session (or to "anonymous" before login). */
export const csrfUserInfo = (req: FastifyRequest) => req.session?.id ?? 'anonymous';

function viewContext(req: FastifyRequest, reply: FastifyReply): ViewContext {
  const signedIn = req.actor.kind !== 'anonymous';
  const path = req.url.split('?')[0] ?? '/';
  const nav: NavItem[] = headerNav(req.actor);
  if (!signedIn) {
    nav.push(
      { href: '/registrierung', label: 'nav.registration' },
      { href: '/anmelden', label: 'nav.login' },
      { href: '/konto/erstellen', label: 'nav.signup' },
    );
  }
  return {
    t: req.t,
    locale: req.locale,
    path,
    csrfToken: reply.generateCsrf({ userInfo: csrfUserInfo(req) }),
    signedIn,
    userName: req.session?.stage === 'full' ? req.session.user.name : undefined,
    unread: req.session?.stage === 'full' ? req.unreadNotifications : undefined,
    nav,
    subNav: coordinationNav(req.actor, path),
    flash: req.flashMessage,
    mode: req.server.deps.config.mode,
    fragment: req.headers['hx-request'] === 'true' && req.headers['hx-boosted'] !== 'true',
  };
}
