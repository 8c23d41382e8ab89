import type { FastifyReply } from 'fastify';
import type { MemberTandem } from '../../../access/index.ts';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { tandemPath } from '../paths.ts';

/** An ended tandem keeps its history readable, but nothing is planned, recorded or ticked off any more. */
export const isWritable = (tandem: MemberTandem) => tandem.tandem.status !== 'ended';

/** The answer to a write on an ended tandem: a clear message (409), nothing changed. */
export function endedReply(reply: FastifyReply, tandem: MemberTandem) {
  return reply.page(
    <MessagePage
      title="tandems.meetings.ended.title"
      text="tandems.meetings.ended.text"
      next={{ href: tandemPath(tandem.tandem.id), label: 'tandems.meetings.ended.back' }}
    />,
    409,
  );
}
