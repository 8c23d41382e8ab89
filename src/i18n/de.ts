import { accountsAdmin } from './de/accounts-admin.ts';
import { community } from './de/community.ts';
import { communityModeration } from './de/community-moderation.ts';
import { coordination } from './de/coordination.ts';
import { core } from './de/core.ts';
import { demo } from './de/demo.ts';
import { imports } from './de/imports.ts';
import { intake } from './de/intake.ts';
import { library } from './de/library.ts';
import { matching } from './de/matching.ts';
import { matchingCli } from './de/matching-cli.ts';
import { notifications } from './de/notifications.ts';
import { operator } from './de/operator.ts';
import { programmes } from './de/programmes.ts';
import { proposals } from './de/proposals.ts';
import { registration } from './de/registration.ts';
import { tandems } from './de/tandems.ts';
import { tandemsAgreement } from './de/tandems-agreement.ts';
import { tandemsAttention } from './de/tandems-attention.ts';
import { tandemsHelp } from './de/tandems-help.ts';
import { tandemsMeetings } from './de/tandems-meetings.ts';
import { tandemsMilestones } from './de/tandems-milestones.ts';
import { tandemsTime } from './de/tandems-time.ts';
import { tandemsTodos } from './de/tandems-todos.ts';
import { tips } from './de/tips.ts';
import { uploads } from './de/uploads.ts';

/**
 * German: the source of truth. Formal "Sie", gender-inclusive forms (Mentor*innen, Teilnehmende).
 * One file per feature under de/, so that features can grow their texts side by side.
 */
export const de = {
  ...core,
  ...demo,
  ...accountsAdmin,
  ...operator,
  ...registration,
  ...intake,
  ...programmes,
  ...imports,
  ...matching,
  ...matchingCli,
  ...proposals,
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
} as const;
