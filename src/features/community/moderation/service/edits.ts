import type { Tx } from '../../../../db/client.ts';
import type { QueueMail, ServiceDeps } from '../../../../mail/with-mails.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { notify } from '../../../notifications/index.ts';

/**
 * A moderator changed someone else's post from its edit page: audited and told to the author with
 * the note, as an edit from the queue is. The author's own edits are neither.
 */
export async function moderatorEdited(
  tx: Tx,
  mail: QueueMail,
  deps: ServiceDeps,
  edit: {
    editorId: string;
    authorId: string | null;
    threadId: string;
    postId: string;
    note: string;
    at: Date;
  },
) {
  if (!edit.authorId || edit.authorId === edit.editorId) return;
  await recordAudit(tx, {
    kind: 'community_post_edited',
    actorId: edit.editorId,
    userId: edit.authorId,
    details: { postId: edit.postId, threadId: edit.threadId, note: edit.note },
    at: edit.at,
  });
  await notify(
    tx,
    [
      {
        userId: edit.authorId,
        kind: 'moderation_edited',
        threadId: edit.threadId,
        postId: edit.postId,
        actorId: edit.editorId,
        note: edit.note,
      },
    ],
    { deps, mail },
  );
}
