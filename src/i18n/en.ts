import type { de } from './de.ts';
import { accountsAdmin } from './en/accounts-admin.ts';
import { community } from './en/community.ts';
import { communityModeration } from './en/community-moderation.ts';
import { coordination } from './en/coordination.ts';
import { core } from './en/core.ts';
import { demo } from './en/demo.ts';
import { imports } from './en/imports.ts';
import { intake } from './en/intake.ts';
import { library } from './en/library.ts';
import { matching } from './en/matching.ts';
import { matchingCli } from './en/matching-cli.ts';
import { notifications } from './en/notifications.ts';
import { operator } from './en/operator.ts';
import { programmes } from './en/programmes.ts';
import { proposals } from './en/proposals.ts';
import { registration } from './en/registration.ts';
import { tandems } from './en/tandems.ts';
import { tandemsAgreement } from './en/tandems-agreement.ts';
import { tandemsAttention } from './en/tandems-attention.ts';
import { tandemsHelp } from './en/tandems-help.ts';
import { tandemsMeetings } from './en/tandems-meetings.ts';
import { tandemsMilestones } from './en/tandems-milestones.ts';
import { tandemsTime } from './en/tandems-time.ts';
import { tandemsTodos } from './en/tandems-todos.ts';
import { tips } from './en/tips.ts';
import { uploads } from './en/uploads.ts';

/** English: the same keys and {placeholders} as German, one file per feature under en/. */
export const en: Record<keyof typeof de, string> = {
  ...core,
  ...demo,
  ...accountsAdmin,
  ...operator,
  ...registration,
  ...intake,
  ...matching,
  ...matchingCli,
  ...proposals,
  ...programmes,
  ...imports,
  ...tandems,
  ...tandemsMeetings,
  ...tandemsTodos,
  ...tandemsTime,
  ...tandemsAgreement,
  ...tandemsMilestones,
  ...tandemsAttention,
  ...tandemsHelp,
  ...coordination,
  ...notifications,
  ...community,
  ...communityModeration,
  ...uploads,
  ...tips,
  ...library,
};
