import type { Space } from '../../../access/index.ts';
import { BUNDESLAENDER, ORGANISATION_TYPES, SIZE_CLASSES } from '../../../db/schema/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { SelectField } from '../../../ui/components/Choice.tsx';
import { FormFields } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { Pagination } from '../../../ui/components/Pagination.tsx';
import { useView } from '../../../ui/context.ts';
import { type SpaceTopic, spaceName } from '../../community/index.ts';
import { MY_TIPS, NEW_TIP, REVIEW_QUEUE, TIPS } from '../paths.ts';
import type { TipCard } from '../queries.ts';
import { TipList } from './parts.tsx';

export interface TipsView {
  tips: TipCard[];
  total: number;
  page: number;
  pages: number;
  spaces: Space[];
  topics: SpaceTopic[];
  /** Submitted tips waiting for the actor's review; null for those who do not review. */
  waiting: number | null;
  values: Record<string, string>;
}

export const tipsUrl = (values: Record<string, string>) => {
  const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString();
  return q ? `${TIPS}?${q}` : TIPS;
};

const options = (values: readonly string[], prefix: string) =>
  values.map((v) => ({ value: v, label: `${prefix}.${v}` as MessageKey }));

/** The published Praxistipps of the actor's spaces, with filters by space, topic and municipality. */
export function TipsPage(props: { view: TipsView }) {
  const { t } = useView();
  const v = props.view;
  return (
    <Page title="tips.list.title" lead="tips.list.lead">
      <p class="kern-body">
        <a class="kern-link" href="/austausch">
          {t('community.back')}
        </a>
      </p>
      <p class="kern-body button-row">
        <a class="kern-btn kern-btn--primary" href={NEW_TIP}>
          <span class="kern-label">{t('tips.new.link')}</span>
        </a>{' '}
        <a class="kern-btn kern-btn--secondary" href={MY_TIPS}>
          <span class="kern-label">{t('tips.mine.link')}</span>
        </a>
        {v.waiting !== null ? (
          <>
            {' '}
            <a class="kern-btn kern-btn--secondary" href={REVIEW_QUEUE}>
              <span class="kern-label">{t('tips.review.link', { count: v.waiting })}</span>
            </a>
          </>
        ) : null}
      </p>
      <form method="get" action={TIPS} class="kern-stack" novalidate>
        <FormFields values={v.values}>
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('tips.filter.legend')}</legend>
            <div class="kern-fieldset__body kern-stack">
              <SelectField
                name="bereich"
                label="tips.filter.space"
                placeholder="tips.filter.allSpaces"
                options={v.spaces.map((s) => ({ value: s.slug, label: { text: spaceName(t, s) } }))}
              />
              <SelectField
                name="thema"
                label="tips.filter.topic"
                placeholder="tips.filter.allTopics"
                options={v.topics.map((tp) => ({ value: tp.id, label: { text: tp.label } }))}
              />
              <SelectField
                name="bundesland"
                label="tips.field.bundesland"
                placeholder="tips.filter.any"
                options={options(BUNDESLAENDER, 'bundesland')}
              />
              <SelectField
                name="organisationsart"
                label="tips.field.organisationType"
                placeholder="tips.filter.any"
                options={options(ORGANISATION_TYPES, 'organisation.type')}
              />
              <SelectField
                name="groesse"
                label="tips.field.sizeClass"
                placeholder="tips.filter.any"
                options={options(SIZE_CLASSES, 'organisation.size')}
              />
              <SelectField
                name="sortierung"
                label="tips.filter.order"
                placeholder="tips.filter.orderNew"
                options={[{ value: 'hilfreich', label: 'tips.filter.orderHelpful' }]}
              />
            </div>
          </fieldset>
        </FormFields>
        <p class="kern-body">
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('tips.filter.submit')}</span>
          </button>
        </p>
      </form>
      <h2 class="kern-heading-medium">{t('tips.list.count', { count: v.total })}</h2>
      {v.tips.length === 0 ? (
        <p class="kern-body">{t('tips.list.empty')}</p>
      ) : (
        <TipList tips={v.tips} spaces={v.spaces} />
      )}
      <Pagination page={v.page} pages={v.pages} href={(p) => tipsUrl({ ...v.values, seite: String(p) })} />
    </Page>
  );
}
