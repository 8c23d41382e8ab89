import type { MemberTandem } from '../../../access/index.ts';
import { supportCases } from '../../../db/schema/index.ts';
import type { SupportReason } from '../../../db/schema/tandem-help.ts';
import { link, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { supportCasePath } from '../paths.ts';
import { supportMail } from './mails.ts';

/** A member asks the coordinators for support; the programme's contact address is told, without the message. */
export async function requestSupport(
  deps: ServiceDeps,
  tandem: MemberTandem,
  reason: SupportReason,
  message: string,
) {
  return withMails(deps, async (tx, mail) => {
    const [row] = await tx
      .insert(supportCases)
      .values({
        tandemId: tandem.tandem.id,
        programmeId: tandem.programme.id,
        requesterId: tandem.me.userId,
        reason,
        message,
        createdAt: deps.clock(),
      })
      .returning({ id: supportCases.id });
    await mail(
      tandem.programme.contactEmail,
      'de',
      supportMail({
        agency: tandem.programme.agency,
        programme: tandem.programme.name,
        url: link(deps, supportCasePath(row!.id)),
      }),
    );
    return row!.id;
  });
}
