import { and, eq, isNotNull, isNull, max } from 'drizzle-orm';
import type { MemberTandem } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import { goals, milestones } from '../../../db/schema/index.ts';
import { link, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { tandemPath } from '../paths.ts';

export const MAX_TITLE = 200;

/** The agreement's concrete goals, one per line, become goals of the tandem (titles already there are skipped). */
export async function addGoalsFromAgreement(tx: Tx, tandemId: string, lines: string[], now: Date) {
  const existing = await tx.select({ title: goals.title }).from(goals).where(eq(goals.tandemId, tandemId));
  const known = new Set(existing.map((g) => g.title.toLocaleLowerCase('de')));
  const fresh: string[] = [];
  for (const line of lines) {
    const title = line
      .trim()
      .replace(/^[-•*]\s*/, '')
      .slice(0, MAX_TITLE);
    const key = title.toLocaleLowerCase('de');
    if (!title || known.has(key)) continue;
    known.add(key);
    fresh.push(title);
  }
  if (fresh.length === 0) return;
  const [last] = await tx
    .select({ position: max(goals.position) })
    .from(goals)
    .where(eq(goals.tandemId, tandemId));
  const start = (last?.position ?? -1) + 1;
  await tx
    .insert(goals)
    .values(fresh.map((title, i) => ({ tandemId, title, position: start + i, createdAt: now })));
}

/** A new goal at the end of the list. */
export async function addGoal(deps: ServiceDeps, tandemId: string, title: string) {
  await deps.database.db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: max(goals.position) })
      .from(goals)
      .where(eq(goals.tandemId, tandemId));
    await tx
      .insert(goals)
      .values({ tandemId, title, position: (last?.position ?? -1) + 1, createdAt: deps.clock() });
  });
}

/** A new milestone at the end of the goal's list. */
export async function addMilestone(deps: ServiceDeps, tandemId: string, goalId: string, title: string) {
  await deps.database.db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: max(milestones.position) })
      .from(milestones)
      .where(eq(milestones.goalId, goalId));
    await tx
      .insert(milestones)
      .values({ goalId, tandemId, title, position: (last?.position ?? -1) + 1, createdAt: deps.clock() });
  });
}

export type Step = 'ziel' | 'meilenstein';
const tableOf = (step: Step) => (step === 'ziel' ? goals : milestones);

/**
 * Marks a goal or milestone reached, or open again. A celebration stays: it happened, the programme
 * counts it once, and reaching the step again offers no second one.
 */
export async function setReached(
  deps: ServiceDeps,
  tandemId: string,
  step: Step,
  id: string,
  reached: boolean,
) {
  const table = tableOf(step);
  await deps.database.db
    .update(table)
    .set({ reachedAt: reached ? deps.clock() : null })
    .where(and(eq(table.id, id), eq(table.tandemId, tandemId)));
}

/**
 * "Erfolg feiern": once per reached goal or milestone; a congratulation to both members, without the
 * title (mails carry no contents). False when there was nothing (left) to celebrate.
 */
export async function celebrate(
  deps: ServiceDeps,
  tandem: MemberTandem,
  step: Step,
  id: string,
): Promise<boolean> {
  const table = tableOf(step);
  return withMails(deps, async (tx, mail) => {
    const claimed = await tx
      .update(table)
      .set({ celebratedAt: deps.clock() })
      .where(
        and(
          eq(table.id, id),
          eq(table.tandemId, tandem.tandem.id),
          isNotNull(table.reachedAt),
          isNull(table.celebratedAt),
        ),
      )
      .returning({ id: table.id });
    if (claimed.length === 0) return false;
    for (const person of [tandem.mentee, tandem.mentor]) {
      await mail(person.email, person.locale, {
        template: 'tandems.milestones.celebrated',
        subject: 'tandems.milestones.mail.subject',
        paragraphs: [
          'tandems.milestones.mail.body',
          'tandems.milestones.mail.guide',
          'tandems.milestones.mail.confidential',
        ],
        action: {
          label: 'tandems.milestones.mail.action',
          url: link(deps, tandemPath(tandem.tandem.id, 'ziele')),
        },
        vars: { name: person.name, programme: tandem.programme.name },
      });
    }
    return true;
  });
}
