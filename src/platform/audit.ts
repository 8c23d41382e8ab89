import type { Db, Tx } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';

export type AuditKind =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'logout_everywhere'
  | 'signup'
  | 'email_verified'
  | 'password_reset_requested'
  | 'password_reset'
  | 'password_changed'
  | 'email_change_requested'
  | 'email_changed'
  | 'mfa_enabled'
  | 'mfa_disabled'
  | 'mfa_failed'
  | 'mfa_reset_by_admin'
  | 'recovery_code_used'
  | 'recovery_codes_renewed'
  | 'role_changed'
  | 'admin_created'
  | 'invitation_accepted'
  | 'import_run'
  | 'matching_round_published'
  | 'matching_weights_changed'
  | 'programme_created'
  | 'tandem_settings_changed'
  | 'support_case_opened'
  | 'support_case_closed'
  | 'tandem_ended'
  | 'community_post_hidden'
  | 'community_post_restored'
  | 'community_post_edited'
  | 'community_report_kept'
  | 'community_post_approved'
  | 'community_post_rejected'
  | 'community_thread_locked'
  | 'community_thread_unlocked'
  | 'community_thread_moved';

/** Records a security event. Details never contain passwords, tokens or codes. */
export async function recordAudit(
  tx: Db | Tx,
  event: {
    kind: AuditKind;
    userId?: string | null;
    actorId?: string | null;
    ip?: string;
    details?: Record<string, unknown>;
    at: Date;
  },
) {
  await tx.insert(auditEvents).values({
    kind: event.kind,
    userId: event.userId ?? null,
    actorId: event.actorId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
    at: event.at,
  });
}
