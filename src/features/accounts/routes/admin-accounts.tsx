import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignedIn } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm } from '../../../platform/forms.ts';
import { accountForAdmin, searchAccounts } from '../admin-queries.ts';
import { resetMfaByAdmin } from '../service/mfa-reset.ts';
import {
  AccountAdminPage,
  AccountSearchPage,
  accountAdminPath,
  MfaResetConfirmPage,
} from '../views/admin-accounts.tsx';

type IdParams = { Params: { id: string } };

const searchForm = z.object({
  suche: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.string().max(254, 'form.adminAccounts.search.tooLong'))
    .refine((s) => s === '' || s.length >= 2, 'form.adminAccounts.search.tooShort'),
});

const confirmForm = z.object({
  bestaetigung: z
    .string()
    .default('')
    .refine((v) => v === 'ja', 'form.adminAccounts.confirm.required'),
});

/**
 * Admins: accounts at /verwaltung/konten – find a person, open their account, reset their second
 * factor (a lost phone). Other account changes stay with the person (/konto).
 */
export function registerAdminAccountRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const db = deps.database.db;
  const access = { config: { access: 'admin.accounts' as const } };

  app.get('/verwaltung/konten', access, async (req, reply) => {
    const form = parseForm(searchForm, req.query);
    if (!form.ok) {
      return reply.page(<AccountSearchPage term={form.values.suche ?? ''} errors={form.errors} />, 422);
    }
    const term = form.data.suche;
    return reply.page(
      <AccountSearchPage term={term} results={term === '' ? undefined : await searchAccounts(db, term)} />,
    );
  });

  app.get<IdParams>('/verwaltung/konten/:id', access, async (req, reply) => {
    const account = await accountForAdmin(db, req.params.id);
    if (!account) throw notFound();
    return reply.page(
      <AccountAdminPage account={account} self={account.id === requireSignedIn(req).userId} />,
    );
  });

  app.get<IdParams>('/verwaltung/konten/:id/zweiter-faktor', access, async (req, reply) => {
    const account = await accountForAdmin(db, req.params.id);
    if (!account) throw notFound();
    // Nothing to confirm for oneself or without a second factor: the account page says why.
    if (account.id === requireSignedIn(req).userId || !account.mfaEnabledAt) {
      return reply.redirect(accountAdminPath(account.id), 303);
    }
    return reply.page(<MfaResetConfirmPage account={account} />);
  });

  app.post<IdParams>('/verwaltung/konten/:id/zweiter-faktor', access, async (req, reply) => {
    const account = await accountForAdmin(db, req.params.id);
    if (!account) throw notFound();
    const form = parseForm(confirmForm, req.body);
    if (!form.ok) return reply.page(<MfaResetConfirmPage account={account} errors={form.errors} />, 422);
    const outcome = await resetMfaByAdmin(deps, {
      userId: account.id,
      adminId: requireSignedIn(req).userId,
      ip: req.ip,
    });
    const back = accountAdminPath(account.id);
    if (outcome.ok) return reply.flash('success', 'adminAccounts.reset.done').redirect(back, 303);
    if (outcome.reason === 'not-found') throw notFound();
    if (outcome.reason === 'self')
      return reply.flash('warning', 'adminAccounts.reset.self').redirect(back, 303);
    return reply.flash('info', 'adminAccounts.reset.nothing').redirect(back, 303);
  });
}
