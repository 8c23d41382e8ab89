import { dispatchMails } from '../../mail/dispatch.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../platform/result.ts';
import type { Programme } from '../programmes/index.ts';
import {
  claimDraft,
  type ImportDraft,
  type ImportSummary,
  MAX_STORED_ISSUES,
  storeResult,
} from './drafts.ts';
import { planImport } from './plan.ts';
import type { ImportRow, Issue } from './validate.ts';
import { createUsers, invite, renameUnactivated, upsertParticipations, upsertProfiles } from './writes.ts';

export { CONSENT_PENDING, INVITATION_TTL_MS } from './writes.ts';

export interface ImportInput {
  programme: Programme;
  /** Rows that passed validation. */
  rows: ImportRow[];
  /** What validation left out, counted and reported with the rest. */
  invalid: { rows: number; issues: Issue[] };
  actorId: string | null;
  dryRun: boolean;
  /** The upload's draft: claimed in the import's transaction, so a second submit imports nothing. */
  draft?: ImportDraft;
}

/** The import's summary, or refused when the upload was imported already (a second submit). */
export type ImportOutcome = Result<ImportSummary, 'already-imported'>;

/**
 * Imports the rows in one transaction, with one batched statement per table and 2,000 rows. People are
 * matched by lower(email): new ones get an account without password, a profile, their participations
 * and an invitation; existing ones get their profile and participations updated, never duplicated.
 * A dry run plans the same and writes nothing.
 */
export async function runImport(deps: ServiceDeps, input: ImportInput): Promise<ImportOutcome> {
  const now = deps.clock();
  const summarise = (plan: {
    create: unknown[];
    update: unknown[];
    skipped: Issue[];
    skippedRows: number;
  }) => {
    const issues = [...input.invalid.issues, ...plan.skipped].sort((a, b) => a.row - b.row);
    return {
      dryRun: input.dryRun,
      at: now.toISOString(),
      created: plan.create.length,
      updated: plan.update.length,
      skipped: input.invalid.rows + plan.skippedRows,
      invitations: plan.create.length,
      issues: issues.slice(0, MAX_STORED_ISSUES),
      issueCount: issues.length,
    } satisfies ImportSummary;
  };
  if (input.dryRun) {
    return ok(summarise(await planImport(deps.database.db, input.programme.id, input.rows)));
  }
  const mailIds: string[] = [];
  const outcome = await deps.database.db.transaction(async (tx): Promise<ImportOutcome> => {
    if (input.draft && !(await claimDraft(tx, input.draft.id, now))) return refused('already-imported');
    const plan = await planImport(tx, input.programme.id, input.rows);
    const created = await createUsers(tx, plan.create, now);
    await renameUnactivated(tx, plan.update, plan.existing, now);
    const userIdOf = (email: string) => created.get(email) ?? plan.existing.users.get(email)!.id;
    const rows = [...plan.create, ...plan.update];
    await upsertProfiles(tx, rows, userIdOf, plan.existing, now);
    const scope = { programmeId: input.programme.id, actorId: input.actorId };
    await upsertParticipations(tx, scope, rows, userIdOf, plan.existing, now);
    mailIds.push(...(await invite(deps, tx, input.programme, plan.create, created, now)));
    const summary = summarise(plan);
    if (input.draft) await storeResult(tx, input.draft, summary, now);
    return ok(summary);
  });
  // After the commit, without keeping the coordinator waiting for thousands of jobs; a mail whose job
  // gets lost here (the process stops) is picked up by the outbox sweep.
  void dispatchMails(deps, mailIds);
  return outcome;
}
