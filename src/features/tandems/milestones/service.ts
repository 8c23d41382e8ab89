import { eq, max } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { goals } from '../../../db/schema/index.ts';

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
