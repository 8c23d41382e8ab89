import type { Thread } from '../../../../access/index.ts';
import { useView } from '../../../../ui/context.ts';
import { threadActionPath } from '../paths.ts';
import { ActionButton } from './PostModeration.tsx';

/** The thread page's moderation controls: close or reopen, move to another space. */
export function ThreadModeration(props: { thread: Thread }) {
  const { t } = useView();
  const locked = props.thread.lockedAt !== null;
  return (
    <aside class="thread-moderation" aria-label={t('moderation.actions')}>
      <ActionButton
        action={threadActionPath(props.thread.id, 'sperren')}
        label={locked ? 'moderation.action.unlock' : 'moderation.action.lock'}
        fields={{ sperren: locked ? 'nein' : 'ja' }}
      />
      <a class="kern-link kern-body--small" href={threadActionPath(props.thread.id, 'verschieben')}>
        {t('moderation.action.move')}
      </a>
    </aside>
  );
}

/** What a locked thread says where its answer form was. */
export function ClosedNote(props: { thread: Thread }) {
  const { t } = useView();
  return (
    <p class="kern-body">
      <strong>
        {t(
          props.thread.kind === 'question'
            ? 'moderation.thread.closed'
            : 'moderation.thread.closedDiscussion',
        )}
      </strong>
    </p>
  );
}
