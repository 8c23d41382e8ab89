import type { Space } from '../../../access/index.ts';
import type { Translate } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';

/** A space's name: the programme's, or the shared space's catalogue text. */
export const spaceName = (t: Translate, space: Pick<Space, 'name'>) =>
  space.name ?? t('community.space.shared');

/** Who wrote something; a deleted account is "Gelöschte Person". */
export function Author(props: { name: string | null }) {
  const { t } = useView();
  return <>{props.name ?? t('community.deletedPerson')}</>;
}

/** "Maria Beispiel · 3. Dez. 2026, 10:15 · bearbeitet" */
export function Byline(props: { name: string | null; at: Date; editedAt?: Date | null }) {
  const { t, locale } = useView();
  return (
    <p class="kern-body kern-body--small post-byline">
      <Author name={props.name} /> ·{' '}
      <time dateTime={props.at.toISOString()}>{formatAt(props.at, locale)}</time>
      {props.editedAt ? (
        <>
          {' · '}
          <span title={formatAt(props.editedAt, locale)}>{t('community.edited')}</span>
        </>
      ) : null}
    </p>
  );
}

/** Status words of a thread: Gelöst, Gesperrt, waiting for approval, hidden. */
export function ThreadBadges(props: {
  solved: boolean;
  locked: boolean;
  state: 'visible' | 'pending' | 'hidden';
}) {
  const { t } = useView();
  return (
    <>
      {props.solved ? <span class="kern-badge kern-badge--success">{t('community.solved')}</span> : null}
      {props.locked ? <span class="kern-badge kern-badge--warning">{t('community.locked')}</span> : null}
      {props.state === 'pending' ? (
        <span class="kern-badge kern-badge--info">{t('community.pending')}</span>
      ) : null}
      {props.state === 'hidden' ? (
        <span class="kern-badge kern-badge--danger">{t('community.hidden')}</span>
      ) : null}
    </>
  );
}

export function TopicList(props: { labels: string[] }) {
  const { t } = useView();
  if (props.labels.length === 0) return null;
  return (
    <p class="kern-body kern-body--small">
      {t('community.topics')}: {props.labels.join(', ')}
    </p>
  );
}
