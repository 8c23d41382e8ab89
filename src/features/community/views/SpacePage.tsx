import type { Space } from '../../../access/index.ts';
import { ChoiceGroup, SelectField } from '../../../ui/components/Choice.tsx';
import { FormFields } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { Pagination } from '../../../ui/components/Pagination.tsx';
import { useView } from '../../../ui/context.ts';
import { askPath, COMMUNITY, spacePath } from '../paths.ts';
import type { ThreadListItem } from '../queries/threads.ts';
import type { SpaceTopic } from '../service/topics.ts';
import { spaceName } from './parts.tsx';
import { ThreadList } from './ThreadList.tsx';

export interface SpaceView {
  space: Space;
  threads: ThreadListItem[];
  total: number;
  page: number;
  pages: number;
  topics: SpaceTopic[];
  /** The filters as given, to refill the form and build the page links. */
  values: Record<string, string>;
}

export const spaceUrl = (slug: string, values: Record<string, string>) => {
  const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
  const q = query.toString();
  return q ? `${spacePath(slug)}?${q}` : spacePath(slug);
};

/** A space: its threads, newest activity first, with the filters kind, topic, answered and mine. */
export function SpacePage(props: { view: SpaceView }) {
  const { t } = useView();
  const v = props.view;
  const name = spaceName(t, v.space);
  return (
    <Page title="community.space.title" titleVars={{ space: name }}>
      <p class="kern-body">
        <a class="kern-link" href={COMMUNITY}>
          {t('community.back')}
        </a>
      </p>
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={askPath(v.space.slug)}>
          <span class="kern-label">{t('community.ask.link')}</span>
        </a>
      </p>
      <form method="get" action={spacePath(v.space.slug)} class="kern-stack" novalidate>
        <FormFields values={v.values}>
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('community.filter.legend')}</legend>
            <div class="kern-fieldset__body kern-stack">
              <SelectField
                name="art"
                label="community.filter.kind"
                placeholder="community.filter.allKinds"
                options={[
                  { value: 'frage', label: 'community.kind.questions' },
                  { value: 'diskussion', label: 'community.kind.discussions' },
                ]}
              />
              <SelectField
                name="thema"
                label="community.filter.topic"
                placeholder="community.filter.allTopics"
                options={v.topics.map((tp) => ({ value: tp.id, label: { text: tp.label } }))}
              />
              <SelectField
                name="beantwortet"
                label="community.filter.answered"
                placeholder="community.filter.answeredAny"
                options={[
                  { value: 'ja', label: 'community.filter.answeredYes' },
                  { value: 'nein', label: 'community.filter.answeredNo' },
                ]}
              />
              <ChoiceGroup
                name="meine"
                legend="community.filter.mineLegend"
                multiple
                optional
                options={[{ value: 'ja', label: 'community.filter.mine' }]}
                selected={v.values.meine === 'ja' ? ['ja'] : []}
              />
            </div>
          </fieldset>
        </FormFields>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('community.filter.apply')}</span>
        </button>
      </form>
      <h2 class="kern-heading-medium">{t('community.list.count', { count: v.total })}</h2>
      <ThreadList threads={v.threads} />
      <Pagination
        page={v.page}
        pages={v.pages}
        href={(p) => spaceUrl(v.space.slug, { ...v.values, seite: String(p) })}
      />
    </Page>
  );
}
