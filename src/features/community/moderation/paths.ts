import { threadPath } from '../paths.ts';

/** The moderation queue and the moderators' actions; German paths, as every path users see. */
export const MODERATION_PATH = '/koordination/moderation';
export type PostAction = 'ausblenden' | 'einblenden' | 'behalten' | 'bearbeiten' | 'freigeben' | 'ablehnen';
export const postActionPath = (postId: string, action: PostAction) =>
  `${MODERATION_PATH}/beitraege/${postId}/${action}`;
export const threadActionPath = (threadId: string, action: 'sperren' | 'verschieben') =>
  `${MODERATION_PATH}/fragen/${threadId}/${action}`;
export const reportPath = (threadId: string, postId: string) =>
  `${threadPath(threadId)}/beitraege/${postId}/melden`;
