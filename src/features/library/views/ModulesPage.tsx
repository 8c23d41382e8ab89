import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { LIBRARY, modulePath, NEW_MODULE } from '../paths.ts';
import type { ListedModule } from '../queries/modules.ts';
import { programmeLabel } from './parts.tsx';

/** A module's state in a list: done, not yet published; for curators the count of mentors. */
export function ModuleFacts(props: {
  entry: Pick<ListedModule, 'items' | 'done' | 'completedBy' | 'module'>;
}) {
  const { t } = useView();
  const { entry } = props;
  return (
    <p class="kern-body kern-body--small">
      {t('library.modules.items', { count: entry.items })}
      {entry.done ? (
        <>
          {' '}
          <span class="kern-badge kern-badge--success">{t('library.modules.done')}</span>
        </>
      ) : null}
      {entry.module.published ? null : (
        <>
          {' '}
          <span class="kern-badge kern-badge--info">{t('library.modules.draft')}</span>
        </>
      )}
      {entry.completedBy !== null ? (
        <> · {t('library.modules.completedBy', { count: entry.completedBy })}</>
      ) : null}
    </p>
  );
}

/** /austausch/methoden/schulung: the training modules with the reader's progress. */
export function ModulesPage(props: {
  modules: ListedModule[];
  programmes: Map<string, string>;
  curates: boolean;
  /** Mentors (and coordinators) are who the training is for; others are told so. */
  mentor: boolean;
}) {
  const { t } = useView();
  const published = props.modules.filter((m) => m.module.published);
  const done = published.filter((m) => m.done).length;
  return (
    <Page title="library.modules.title" lead="library.modules.lead">
      <p class="kern-body">
        <a class="kern-link" href={LIBRARY}>
          {t('library.back')}
        </a>
      </p>
      {published.length > 0 ? (
        <p class="kern-body kern-body--large" role="status">
          {t('library.modules.progress', { done, total: published.length })}
        </p>
      ) : null}
      {props.curates ? (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={NEW_MODULE}>
            <span class="kern-label">{t('library.modules.new.link')}</span>
          </a>
        </p>
      ) : null}
      {props.modules.length === 0 ? (
        <p class="kern-body">{t(props.mentor ? 'library.modules.empty' : 'library.modules.forMentors')}</p>
      ) : null}
      <ul class="thread-list">
        {props.modules.map((entry) => (
          <li key={entry.module.id} class="thread-list__item">
            <h2 class="kern-heading-small">
              <a class="kern-link" href={modulePath(entry.module.id)}>
                {entry.module.title}
              </a>
            </h2>
            <p class="kern-body kern-body--small">
              {programmeLabel(
                t,
                entry.module.programmeId ? (props.programmes.get(entry.module.programmeId) ?? null) : null,
              )}
              {entry.module.audience === 'mentors' ? (
                <>
                  {' '}
                  <span class="kern-badge kern-badge--warning">{t('library.audience.mentorsBadge')}</span>
                </>
              ) : null}
            </p>
            {entry.module.description ? <p class="kern-body">{entry.module.description}</p> : null}
            <ModuleFacts entry={entry} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
