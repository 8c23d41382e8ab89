import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import { threadPath } from '../paths.ts';
import { Author } from './parts.tsx';

export interface Revision {
  id: string;
  title: string | null;
  body: string;
  note: string;
  editorName: string | null;
  createdAt: Date;
}

/** What a post said before each edit, oldest first, as plain text: for the space's moderators. */
export function HistoryPage(props: { threadId: string; current: string; revisions: Revision[] }) {
  const { t, locale } = useView();
  return (
    <Page title="community.history.title">
      <p class="kern-body">
        <a class="kern-link" href={threadPath(props.threadId)}>
          {t('community.backToThread')}
        </a>
      </p>
      <ol class="revision-list">
        {props.revisions.map((r) => (
          <li key={r.id}>
            <h2 class="kern-heading-small">
              {t('community.history.before', { at: formatAt(r.createdAt, locale) })}
            </h2>
            <p class="kern-body kern-body--small">
              {t('community.history.editor')}: <Author name={r.editorName} />
              {r.note ? ` · ${t('community.history.note')}: ${r.note}` : ''}
            </p>
            {r.title ? (
              <p class="kern-body">
                <strong>{r.title}</strong>
              </p>
            ) : null}
            <pre class="revision-text">{r.body}</pre>
          </li>
        ))}
      </ol>
      <h2 class="kern-heading-small">{t('community.history.current')}</h2>
      <pre class="revision-text">{props.current}</pre>
    </Page>
  );
}
