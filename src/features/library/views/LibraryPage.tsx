import type { LibraryCategory } from '../../../db/schema/index.ts';
import { SelectField } from '../../../ui/components/Choice.tsx';
import { FormFields } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { Pagination } from '../../../ui/components/Pagination.tsx';
import { useView } from '../../../ui/context.ts';
import { formatSize } from '../../../ui/format.ts';
import { COMMUNITY } from '../../community/index.ts';
import { itemPath, LIBRARY, libraryUrl, MODULES, NEW_ITEM } from '../paths.ts';
import { CATEGORY_ORDER, type ListedItem } from '../queries/items.ts';
import { CATEGORY_KEYS, ItemBadges, KIND_KEYS, programmeLabel } from './parts.tsx';

export interface LibraryView {
  items: ListedItem[];
  total: number;
  page: number;
  pages: number;
  values: Record<string, string>;
  /** Programme names by id, for the materials of one programme. */
  programmes: Map<string, string>;
  curates: boolean;
  /** "Sie haben 1 von 3 Modulen abgeschlossen", when there are modules. */
  progress: { done: number; total: number } | null;
}

function ItemEntry(props: { item: ListedItem; programmes: Map<string, string> }) {
  const { t, locale } = useView();
  const { item } = props;
  const programme = programmeLabel(
    t,
    item.programmeId ? (props.programmes.get(item.programmeId) ?? null) : null,
  );
  return (
    <li class="thread-list__item">
      <h3 class="kern-heading-small">
        <a class="kern-link" href={itemPath(item.id)}>
          {item.title}
        </a>
      </h3>
      <ItemBadges kind={item.kind} audience={item.audience} programme={programme} />
      {item.summary ? <p class="kern-body">{item.summary}</p> : null}
      {item.file ? (
        <p class="kern-body kern-body--small">
          {t('library.item.fileFacts', {
            name: item.file.filename,
            size: formatSize(item.file.size, locale),
          })}
        </p>
      ) : null}
    </li>
  );
}

/** /austausch/methoden: the materials by category, with a filter that works without JavaScript. */
export function LibraryPage(props: { view: LibraryView }) {
  const { t } = useView();
  const v = props.view;
  const sections = CATEGORY_ORDER.map((category) => ({
    category,
    items: v.items.filter((i) => i.category === category),
  })).filter((s) => s.items.length > 0);
  return (
    <Page title="library.title" lead="library.lead">
      <p class="kern-body">
        <a class="kern-link" href={COMMUNITY}>
          {t('library.backToCommunity')}
        </a>
      </p>
      <section aria-labelledby="schulung" class="community-space">
        <h2 class="kern-heading-medium" id="schulung">
          {t('library.modules.title')}
        </h2>
        <p class="kern-body">
          {v.progress && v.progress.total > 0
            ? t('library.modules.progress', { done: v.progress.done, total: v.progress.total })
            : t('library.modules.about')}
        </p>
        <p class="kern-body">
          <a class="kern-link" href={MODULES}>
            {t('library.modules.link')}
          </a>
        </p>
      </section>
      {v.curates ? (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={NEW_ITEM}>
            <span class="kern-label">{t('library.new.link')}</span>
          </a>
        </p>
      ) : null}
      <form method="get" action={LIBRARY} class="kern-stack" novalidate>
        <FormFields values={v.values}>
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('library.filter.legend')}</legend>
            <div class="kern-fieldset__body kern-stack">
              <SelectField
                name="kategorie"
                label="library.filter.category"
                placeholder="library.filter.allCategories"
                options={CATEGORY_ORDER.map((c: LibraryCategory) => ({ value: c, label: CATEGORY_KEYS[c] }))}
              />
              <SelectField
                name="art"
                label="library.filter.kind"
                placeholder="library.filter.allKinds"
                options={[
                  { value: 'dokument', label: KIND_KEYS.document },
                  { value: 'link', label: KIND_KEYS.link },
                  { value: 'text', label: KIND_KEYS.text },
                ]}
              />
            </div>
          </fieldset>
        </FormFields>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('library.filter.apply')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('library.list.count', { count: v.total })}
      </p>
      {sections.length === 0 ? <p class="kern-body">{t('library.list.empty')}</p> : null}
      {sections.map((s) => (
        <section key={s.category} aria-labelledby={`kategorie-${s.category}`}>
          <h2 class="kern-heading-medium" id={`kategorie-${s.category}`}>
            {t(CATEGORY_KEYS[s.category])}
          </h2>
          <ul class="thread-list">
            {s.items.map((item) => (
              <ItemEntry key={item.id} item={item} programmes={v.programmes} />
            ))}
          </ul>
        </section>
      ))}
      <Pagination page={v.page} pages={v.pages} href={(p) => libraryUrl({ ...v.values, seite: String(p) })} />
    </Page>
  );
}
