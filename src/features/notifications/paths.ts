/** The notification list; one notification's link (opening it marks it read). */
export const NOTIFICATIONS_PATH = '/benachrichtigungen';
export const MARK_ALL_READ_PATH = `${NOTIFICATIONS_PATH}/gelesen`;
export const PREFERENCES_PATH = '/konto/benachrichtigungen';

export const notificationPath = (id: string) => `${NOTIFICATIONS_PATH}/${id}`;

export const listPath = (page: number) =>
  page > 1 ? `${NOTIFICATIONS_PATH}?seite=${page}` : NOTIFICATIONS_PATH;

/** Where a notification leads: the Praxistipp, the post in its thread, or the thread. */
export const targetPath = (n: { threadId: string | null; postId: string | null; tipId?: string | null }) =>
  n.tipId
    ? `/austausch/praxistipps/${n.tipId}`
    : n.threadId
      ? `/austausch/fragen/${n.threadId}${n.postId ? `#beitrag-${n.postId}` : ''}`
      : NOTIFICATIONS_PATH;
