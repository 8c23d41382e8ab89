import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type MemberTandem,
  memberAccess,
  requireMember,
  requireSignedIn,
  type TandemParams,
} from '../../../access/index.ts';
import { asList, parseForm } from '../../../platform/forms.ts';
import { refused } from '../../../platform/result.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { endedReply, isWritable } from '../core/state.tsx';
import { tandemPath } from '../paths.ts';
import { type AgreementVersion, preparationsOf, standing, versionsOf } from './queries.ts';
import {
  type AgreementInput,
  agreementForm,
  confirmForm,
  preparationForm,
  QUESTIONS,
  shareForm,
} from './schema.ts';
import {
  type AgreementContent,
  confirmAgreement,
  saveAgreement,
  savePreparation,
  sharePreparation,
} from './service.ts';
import { AgreementPage } from './views/AgreementPage.tsx';
import { HistoryPage } from './views/HistoryPage.tsx';
import { KickoffPage } from './views/KickoffPage.tsx';

async function kickoffPage(
  req: FastifyRequest,
  tandem: MemberTandem,
  typed?: Record<string, string>,
  errors?: FormErrors,
) {
  const preps = await preparationsOf(req.server.deps.database.db, tandem.tandem.id);
  const own = preps[tandem.side];
  const partner = preps[tandem.side === 'mentee' ? 'mentor' : 'mentee'];
  return (
    <KickoffPage
      view={{
        tandemId: tandem.tandem.id,
        partnerName: tandem.partner.name,
        side: tandem.side,
        own: typed ?? own?.answers ?? {},
        sharedAt: own?.sharedAt ?? null,
        partner: partner?.sharedAt ? partner.answers : null,
        writable: isWritable(tandem),
        errors,
      }}
    />
  );
}

const formValues = (c: AgreementContent): Record<string, string> => ({
  erwartungen: c.expectations,
  bedarfe: c.needs,
  wuensche: c.wishes,
  kapazitaeten: c.capacities,
  ziele: c.goals,
  rhythmus: c.rhythm,
  erreichbarkeit: c.reachability,
});

const contentOf = (d: AgreementInput): AgreementContent => ({
  expectations: d.erwartungen,
  needs: d.bedarfe,
  wishes: d.wuensche,
  capacities: d.kapazitaeten,
  goals: d.ziele,
  formats: d.formate,
  rhythm: d.rhythmus,
  reachability: d.erreichbarkeit,
});

interface AgreementPageOptions {
  typed?: { values: Record<string, string>; formats: string[] };
  errors?: FormErrors;
  notice?: 'stale' | 'outdated';
  /** The version the user started from, when it is not the newest (a refused save keeps it). */
  basis?: number;
}

function agreementPage(tandem: MemberTandem, newest: AgreementVersion | null, o: AgreementPageOptions = {}) {
  const confirmedAt =
    newest && (tandem.side === 'mentee' ? newest.menteeConfirmedAt : newest.mentorConfirmedAt);
  return (
    <AgreementPage
      view={{
        tandemId: tandem.tandem.id,
        partnerName: tandem.partner.name,
        basis: o.basis ?? newest?.version ?? 0,
        values: o.typed?.values ?? (newest ? formValues(newest.content) : {}),
        formats: o.typed?.formats ?? newest?.content.formats ?? [],
        errors: o.errors,
        notice: o.notice ? { kind: o.notice, current: newest } : undefined,
        confirmable: !!newest && !confirmedAt,
        writable: isWritable(tandem),
        newest,
      }}
    />
  );
}

const newestOf = async (req: FastifyRequest, tandem: MemberTandem) =>
  standing(await versionsOf(req.server.deps.database.db, tandem.tandem.id)).newest;

/** A writable tandem, or the ended-tandem answer (409). */
async function writable(req: FastifyRequest<TandemParams>, reply: FastifyReply) {
  const tandem = await requireMember(req, req.params.id);
  if (!isWritable(tandem)) {
    await endedReply(reply, tandem);
    return null;
  }
  return tandem;
}

/**
 * The kick-off (/tandems/:id/kickoff: preparation, private until shared) and the agreement
 * (/tandems/:id/vereinbarung: versions, both confirm, history), for the two members only.
 */
export function registerAgreement(app: FastifyInstance) {
  const kickoff = tandemPath(':id', 'kickoff');
  const agreement = tandemPath(':id', 'vereinbarung');

  app.get<TandemParams>(kickoff, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(await kickoffPage(req, tandem));
  });

  app.post<TandemParams>(kickoff, memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(preparationForm(tandem.side), req.body);
    if (!form.ok) return reply.page(await kickoffPage(req, tandem, form.values, form.errors), 422);
    const data = form.data as Record<string, string | undefined>;
    const answers = Object.fromEntries(QUESTIONS[tandem.side].map((q) => [q, data[q] ?? '']));
    const share = form.data.teilen === undefined ? undefined : form.data.teilen === 'ja';
    await savePreparation(app.deps, tandem, answers, share);
    const flash =
      share === undefined
        ? 'tandems.agreement.flash.prepared'
        : share
          ? 'tandems.agreement.flash.shared'
          : 'tandems.agreement.flash.unshared';
    return reply.flash('success', flash).redirect(tandemPath(tandem.tandem.id, 'kickoff'), 303);
  });

  app.post<TandemParams>(`${kickoff}/teilen`, memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(shareForm, req.body);
    if (!form.ok)
      return reply.page(
        await kickoffPage(req, tandem, undefined, { teilen: 'tandems.agreement.error.share' }),
        422,
      );
    await sharePreparation(app.deps, tandem, form.data.teilen === 'ja');
    const flash =
      form.data.teilen === 'ja' ? 'tandems.agreement.flash.shared' : 'tandems.agreement.flash.unshared';
    return reply.flash('success', flash).redirect(tandemPath(tandem.tandem.id, 'kickoff'), 303);
  });

  app.get<TandemParams>(agreement, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    return reply.page(agreementPage(tandem, await newestOf(req, tandem)));
  });

  app.post<TandemParams>(agreement, memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(agreementForm, req.body);
    const formats = asList((req.body as Record<string, unknown> | undefined)?.formate);
    if (!form.ok) {
      const typed = { values: form.values, formats };
      const newest = await newestOf(req, tandem);
      const basis = Number(form.values.basis);
      // Keep the basis the user started from, so a later save is still checked against it.
      const kept = Number.isInteger(basis) && basis >= 0 ? basis : undefined;
      return reply.page(agreementPage(tandem, newest, { typed, errors: form.errors, basis: kept }), 422);
    }
    const outcome = await saveAgreement(
      app.deps,
      tandem,
      requireSignedIn(req).userId,
      form.data.basis,
      contentOf(form.data),
    );
    if (!outcome.ok) {
      // Nothing typed is lost: the form shows the user's text, built on the newest version now.
      const values = formValues(contentOf(form.data));
      return reply.page(
        agreementPage(tandem, await newestOf(req, tandem), { typed: { values, formats }, notice: 'stale' }),
        409,
      );
    }
    return reply
      .flash('success', 'tandems.agreement.flash.saved')
      .redirect(`${tandemPath(tandem.tandem.id)}#vereinbarung`, 303);
  });

  app.post<TandemParams>(`${agreement}/bestaetigung`, memberAccess, async (req, reply) => {
    const tandem = await writable(req, reply);
    if (!tandem) return reply;
    const form = parseForm(confirmForm, req.body);
    const outcome = form.ok
      ? await confirmAgreement(app.deps, tandem, form.data.version)
      : refused('outdated');
    if (!outcome.ok) {
      const newest = await newestOf(req, tandem);
      return reply.page(agreementPage(tandem, newest, { notice: 'outdated' }), 409);
    }
    const flash = outcome.value.inForce
      ? 'tandems.agreement.flash.inForce'
      : 'tandems.agreement.flash.confirmed';
    return reply.flash('success', flash).redirect(`${tandemPath(tandem.tandem.id)}#vereinbarung`, 303);
  });

  app.get<TandemParams>(`${agreement}/verlauf`, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    const rows = await versionsOf(app.deps.database.db, tandem.tandem.id);
    return reply.page(
      <HistoryPage
        tandemId={tandem.tandem.id}
        partnerName={tandem.partner.name}
        menteeName={tandem.mentee.name}
        mentorName={tandem.mentor.name}
        rows={rows}
        inForce={standing(rows).inForce?.version ?? null}
      />,
    );
  });
}
