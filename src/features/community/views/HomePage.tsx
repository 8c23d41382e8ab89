import type { Space } from '../../../access/index.ts';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { askPath, LIBRARY_PATH, SEARCH_PATH, spacePath, TIPS_PATH } from '../paths.ts';
import type { ThreadListItem } from '../queries/threads.ts';
import { spaceName } from './parts.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ThreadList } from './ThreadList.tsx';

/** /austausch: the spaces the person reads, each with its newest threads, and the search. */
export function HomePage(props: { spaces: { space: Space; total: number; threads: ThreadListItem[] }[] }) {
  const { t } = useView();
  return (
    <Page title="community.title" lead="community.lead">
      <SearchBox action={SEARCH_PATH} />
      <section aria-labelledby="wissen" class="community-space">
        <h2 class="kern-heading-medium" id="wissen">
          {t('community.home.knowledge')}
        </h2>
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={TIPS_PATH}>
              {t('community.home.tips')}
            </a>
            : {t('community.home.tipsText')}
          </li>
          <li>
            <a class="kern-link" href={LIBRARY_PATH}>
              {t('community.home.library')}
            </a>
            : {t('community.home.libraryText')}
          </li>
        </ul>
      </section>
      {props.spaces.map(({ space, total, threads }) => {
        const name = spaceName(t, space);
        return (
          <section key={space.slug} aria-labelledby={`bereich-${space.slug}`} class="community-space">
            <h2 class="kern-heading-medium" id={`bereich-${space.slug}`}>
              {name}
            </h2>
            <p class="kern-body">
              {t(space.programmeId ? 'community.space.about' : 'community.space.sharedAbout')}
            </p>
            <ThreadList threads={threads} />
            <p class="kern-body">
              <a class="kern-link" href={spacePath(space.slug)}>
                {t('community.space.all', { count: total, space: name })}
              </a>
              {' · '}
              <a class="kern-link" href={askPath(space.slug)}>
                {t('community.ask.linkIn', { space: name })}
              </a>
            </p>
          </section>
        );
      })}
    </Page>
  );
}
