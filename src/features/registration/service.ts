import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  participationEvents,
  participations,
  profiles,
  registrationDrafts,
  users,
} from '../../db/schema/index.ts';
import type { Role } from '../../db/schema/registration.ts';
import type { Locale } from '../../i18n/index.ts';
import { link, type QueueMail, type ServiceDeps, withMails } from '../../mail/with-mails.ts';
import { privacyVersion } from '../../participations/consent.ts';
import { recordAudit } from '../../platform/audit.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { ok, type Result, refused } from '../../platform/result.ts';
import { findUserByEmail, issueVerificationToken } from '../accounts/index.ts';
import type { Programme } from '../programmes/index.ts';
import { registrationMails } from './mails.ts';
import type { DraftData } from './schema.ts';

export const rolesOf = (choice: DraftData['role']): Role[] =>
  choice === 'beides' ? ['mentee', 'mentor'] : choice ? [choice] : [];

/**
 * Refused when the draft was submitted already (nothing to do: the first submit counts), or the
 * person is registered in these roles already (an error on the consent field).
 */
export type SubmitResult = Result<undefined, 'already-submitted' | 'duplicate'>;

/**
 * Turns a complete draft into the account (or uses the signed-in one), the profile and one
 * participation per role, all in one transaction. A second submit of the same draft creates nothing.
 */
export async function submitRegistration(
  deps: ServiceDeps,
  input: {
    draftId: string;
    data: Required<Pick<DraftData, 'role' | 'name' | 'email'>> & DraftData;
    programme: Programme;
    signedInUserId: string | null;
    password?: string;
    locale: Locale;
    ip: string;
  },
): Promise<SubmitResult> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const now = deps.clock();
  return withMails(deps, async (tx, mail): Promise<SubmitResult> => {
    const [claimed] = await tx
      .update(registrationDrafts)
      .set({ submittedAt: now })
      .where(and(eq(registrationDrafts.id, input.draftId), isNull(registrationDrafts.submittedAt)))
      .returning({ id: registrationDrafts.id });
    if (!claimed) return refused('already-submitted');

    let userId = input.signedInUserId;
    let verifyUrl: string | null = null;
    if (!userId) {
      const existing = await findUserByEmail(tx, input.data.email);
      if (existing) {
        // No enumeration: the same answer as for a new address; the owner is told to sign in first.
        await tx
          .update(registrationDrafts)
          .set({ submittedAt: null })
          .where(eq(registrationDrafts.id, input.draftId));
        await mail(
          existing.email,
          existing.locale,
          registrationMails.signInFirst(
            existing.name,
            link(deps, '/anmelden?weiter=%2Fregistrierung%2Fabschluss'),
          ),
        );
        return ok();
      }
      const [created] = await tx
        .insert(users)
        .values({
          name: input.data.name,
          email: input.data.email,
          passwordHash,
          locale: input.locale,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      userId = created!.id;
      verifyUrl = link(deps, `/konto/bestaetigen?token=${await issueVerificationToken(tx, userId, now)}`);
      await recordAudit(tx, {
        kind: 'signup',
        userId,
        ip: input.ip,
        details: { via: 'registration' },
        at: now,
      });
    }

    const roles = rolesOf(input.data.role);
    for (const role of roles) {
      const [exists] = await tx
        .select({ id: participations.id })
        .from(participations)
        .where(
          and(
            eq(participations.userId, userId),
            eq(participations.programmeId, input.programme.id),
            eq(participations.role, role),
          ),
        );
      if (exists) throw new DuplicateRegistration();
    }
    await saveProfile(tx, userId, input.data, await privacyVersion(tx), now);
    for (const role of roles) {
      const [p] = await tx
        .insert(participations)
        .values({
          userId,
          programmeId: input.programme.id,
          role,
          funding: input.data.funding ?? '',
          topicsNeeded: role === 'mentee' ? (input.data.topicsNeeded ?? []) : [],
          topicsOffered: input.data.topicsOffered ?? [],
          topicsFreeText: input.data.topicsFreeText ?? '',
          goals: role === 'mentee' ? (input.data.goals ?? '') : '',
          capacity: role === 'mentor' ? (input.data.capacity ?? 1) : null,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: participations.id });
      await tx.insert(participationEvents).values({
        participationId: p!.id,
        fromStatus: null,
        toStatus: 'registered',
        actorId: userId,
        at: now,
      });
    }
    await tx
      .update(registrationDrafts)
      .set({ resultUserId: userId })
      .where(eq(registrationDrafts.id, input.draftId));
    await confirm(mail, input, roles, verifyUrl);
    return ok();
  }).catch((err) => {
    if (err instanceof DuplicateRegistration)
      return refused('duplicate', { name: 'consent', message: 'registration.error.duplicate' });
    throw err;
  });
}

class DuplicateRegistration extends Error {}

async function confirm(
  mail: QueueMail,
  input: { data: DraftData & { name: string; email: string }; programme: Programme; locale: Locale },
  roles: Role[],
  verifyUrl: string | null,
) {
  await mail(
    input.data.email,
    input.locale,
    registrationMails.received(input.data.name, input.programme, roles, verifyUrl),
  );
}

export async function saveProfile(
  tx: Tx,
  userId: string,
  data: DraftData,
  consentVersion: string | null,
  now: Date,
) {
  const values = {
    phone: data.phone ?? '',
    organisationName: data.organisationName!,
    organisationType: data.organisationType!,
    bundesland: data.bundesland!,
    sizeClass: data.sizeClass!,
    position: data.position!,
    inRoleSince: data.inRoleSince!,
    formats: data.formats!,
    frequency: data.frequency!,
    languages: data.languages!,
    availability: data.availability ?? '',
    updatedAt: now,
  };
  const consent = consentVersion ? { consentVersion, consentAt: now } : {};
  await tx
    .insert(profiles)
    .values({ userId, ...values, consentVersion: consentVersion ?? 'unbekannt', consentAt: now })
    .onConflictDoUpdate({ target: profiles.userId, set: { ...values, ...consent } });
}

/** Sends a question about eligibility to the programme's contact address (reply goes to the asker). */
export async function askEligibility(
  deps: ServiceDeps,
  input: { programme: Programme; name: string; email: string; question: string; locale: Locale },
) {
  await withMails(deps, async (_tx, mail) => {
    await mail(
      input.programme.contactEmail,
      'de',
      registrationMails.question(input.programme, input, input.question),
      {
        replyTo: input.email,
      },
    );
    await mail(input.email, input.locale, registrationMails.questionReceived(input.name, input.programme));
  });
}
