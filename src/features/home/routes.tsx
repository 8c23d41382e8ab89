import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LANG_COOKIE } from '../../platform/context.tsx';
import { setPreferredLocale } from '../accounts/index.ts';
import { listProgrammes } from './queries.ts';
import { HomePage } from './views/HomePage.tsx';

const languageForm = z.object({
  sprache: z.enum(['de', 'en']),
  // Only a local path: never an open redirect.
  zurueck: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .catch('/'),
});

export function registerHome(app: FastifyInstance) {
  app.get('/', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(<HomePage programmes={await listProgrammes(app.deps.database.db)} />),
  );

  app.post('/sprache', { config: { access: 'public.view' } }, async (req, reply) => {
    const parsed = languageForm.safeParse(req.body);
    if (!parsed.success) return reply.redirect('/', 303);
    const { sprache, zurueck } = parsed.data;
    reply.setCookie(LANG_COOKIE, sprache, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure: app.sessionCookie.secure,
      maxAge: 365 * 24 * 3600,
    });
    if (req.session?.stage === 'full') {
      await setPreferredLocale(app.deps, req.session.user.id, sprache);
    }
    return reply.redirect(zurueck, 303);
  });
}
