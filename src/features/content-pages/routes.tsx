import type { FastifyInstance } from 'fastify';
import { requireSignedIn } from '../../access/index.ts';
import { isLocale } from '../../i18n/index.ts';
import { notFound } from '../../platform/errors.ts';
import { parseForm } from '../../platform/forms.ts';
import { findPage, findPageExact, isPageSlug, listPages, PAGE_SLUGS } from './queries.ts';
import { pageForm } from './schema.ts';
import { savePage } from './service.ts';
import { AdminPagesList, EditPageForm } from './views/AdminPages.tsx';
import { ContentPage } from './views/ContentPage.tsx';

/** Impressum, Datenschutz, Barrierefreiheit and Leichte Sprache: public, edited by admins. */
export function registerContentPages(app: FastifyInstance) {
  const db = app.deps.database.db;

  for (const slug of PAGE_SLUGS) {
    app.get(`/${slug}`, { config: { access: 'public.view' } }, async (req, reply) => {
      const page = await findPage(db, slug, req.locale);
      if (!page) throw notFound();
      return reply.page(<ContentPage title={page.title} body={page.body} lang={page.locale} />);
    });
  }

  app.get('/verwaltung/seiten', { config: { access: 'admin.pages.edit' } }, async (_req, reply) =>
    reply.page(<AdminPagesList pages={await listPages(db)} />),
  );

  const target = (params: unknown) => {
    const { slug, locale } = params as { slug: string; locale: string };
    if (!isPageSlug(slug) || !isLocale(locale)) throw notFound();
    return { slug, locale };
  };

  app.get(
    '/verwaltung/seiten/:slug/:locale',
    { config: { access: 'admin.pages.edit' } },
    async (req, reply) => {
      const { slug, locale } = target(req.params);
      const page = await findPageExact(db, slug, locale);
      return reply.page(
        <EditPageForm slug={slug} locale={locale} values={{ title: page?.title, body: page?.body }} />,
      );
    },
  );

  app.post(
    '/verwaltung/seiten/:slug/:locale',
    { config: { access: 'admin.pages.edit' } },
    async (req, reply) => {
      const { slug, locale } = target(req.params);
      const form = parseForm(pageForm, req.body);
      if (!form.ok) {
        return reply.page(
          <EditPageForm slug={slug} locale={locale} values={form.values} errors={form.errors} />,
          422,
        );
      }
      const userId = requireSignedIn(req).userId;
      await savePage(db, { slug, locale, ...form.data, userId, now: app.deps.clock() });
      return reply.flash('success', 'admin.pages.saved').redirect(`/${slug}`, 303);
    },
  );
}
