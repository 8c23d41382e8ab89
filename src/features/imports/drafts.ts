import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { registrationDrafts } from '../../db/schema/index.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import type { Mapping } from './mapping.ts';
import type { Sheet } from './parse.ts';
import type { Issue } from './validate.ts';

/**
 * An upload between its steps (mapping, check, import), kept server-side so that any instance can
 * serve the next step. For now it lives in `registration_drafts` (data.kind = 'import'), keyed by the
 * hash of a random token in the URL, and belongs to the coordinator who uploaded it. The file's rows
 * are dropped once the import ran; a draft older than a day is gone.
 */
export interface ImportDraftData {
  kind: 'import';
  programmeId: string;
  actorId: string;
  fileName: string;
  headers: string[];
  /** [row number, cells] */
  rows: [number, string[]][];
  mapping?: Mapping;
  result?: ImportSummary;
}

export interface ImportSummary {
  dryRun: boolean;
  at: string;
  created: number;
  updated: number;
  skipped: number;
  invitations: number;
  /** Why rows were skipped (validation and import), the first MAX_STORED_ISSUES of them. */
  issues: Issue[];
  issueCount: number;
}

export const MAX_STORED_ISSUES = 1_000;
const LIFETIME_MS = 24 * 60 * 60_000;

export interface ImportDraft {
  id: string;
  data: ImportDraftData;
}

export async function createImportDraft(
  db: Db,
  input: { programmeId: string; actorId: string; fileName: string; sheet: Sheet; now: Date },
) {
  // Uploads nobody finished hold personal data: they go after a day.
  await db
    .delete(registrationDrafts)
    .where(
      and(
        sql`${registrationDrafts.data}->>'kind' = 'import'`,
        lt(registrationDrafts.updatedAt, new Date(input.now.getTime() - LIFETIME_MS)),
      ),
    );
  const token = randomToken();
  const data: ImportDraftData = {
    kind: 'import',
    programmeId: input.programmeId,
    actorId: input.actorId,
    fileName: input.fileName,
    headers: input.sheet.headers,
    rows: input.sheet.rows.map((r) => [r.row, r.cells]),
  };
  await db.insert(registrationDrafts).values({
    tokenHash: hashToken(token),
    data: data as unknown as Record<string, unknown>,
    updatedAt: input.now,
  });
  return token;
}

/** The uploader's draft, or null (unknown token, someone else's, expired, or not an import). */
export async function loadImportDraft(
  db: Db,
  token: string,
  actorId: string,
  now: Date,
): Promise<ImportDraft | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select()
    .from(registrationDrafts)
    .where(eq(registrationDrafts.tokenHash, hashToken(token)));
  if (!row || now.getTime() - row.updatedAt.getTime() > LIFETIME_MS) return null;
  const data = row.data as unknown as ImportDraftData;
  if (data.kind !== 'import' || data.actorId !== actorId) return null;
  return { id: row.id, data };
}

export async function saveMapping(db: Db, draft: ImportDraft, mapping: Mapping, now: Date) {
  const data: ImportDraftData = { ...draft.data, mapping };
  await db
    .update(registrationDrafts)
    .set({ data: data as unknown as Record<string, unknown>, updatedAt: now })
    .where(eq(registrationDrafts.id, draft.id));
}

/** Claims the draft for the import: only one request gets it, a second submit finds it taken. */
export async function claimDraft(tx: Tx, draftId: string, now: Date) {
  const [claimed] = await tx
    .update(registrationDrafts)
    .set({ submittedAt: now, updatedAt: now })
    .where(and(eq(registrationDrafts.id, draftId), isNull(registrationDrafts.submittedAt)))
    .returning({ id: registrationDrafts.id });
  return claimed !== undefined;
}

/** Keeps the import's result instead of the file's rows. */
export async function storeResult(tx: Tx, draft: ImportDraft, result: ImportSummary, now: Date) {
  const data: ImportDraftData = { ...draft.data, headers: [], rows: [], result };
  await tx
    .update(registrationDrafts)
    .set({ data: data as unknown as Record<string, unknown>, updatedAt: now })
    .where(eq(registrationDrafts.id, draft.id));
}

export const draftRows = (draft: ImportDraft) => draft.data.rows.map(([row, cells]) => ({ row, cells }));
