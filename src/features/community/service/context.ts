import type { Space } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import type { QueueMail, ServiceDeps } from '../../../mail/with-mails.ts';
import { type NotificationKind, notify } from '../../notifications/index.ts';

/** What a write tells others about: the thread and post it concerns, who did it, and when. */
export interface WriteContext {
  tx: Tx;
  mail: QueueMail;
  deps: ServiceDeps;
  space: Space;
  threadId: string;
  postId: string;
  actorId: string;
  now: Date;
}

export type Told = { userId: string; kind: NotificationKind };

/** Notifies people of this write (the notifications feature writes the entries and any mails). */
export const tell = (ctx: WriteContext, people: Told[]) =>
  notify(
    ctx.tx,
    people.map((p) => ({ ...p, threadId: ctx.threadId, postId: ctx.postId, actorId: ctx.actorId })),
    { deps: ctx.deps, mail: ctx.mail },
  );
