import type { LibraryItem } from '../../../access/library.ts';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatSize } from '../../../ui/format.ts';
import { Markdown } from '../../../ui/Markdown.tsx';
import { editItemPath, itemFilePath, LIBRARY, modulePath } from '../paths.ts';
import type { FileFacts } from '../queries/items.ts';
import { CATEGORY_KEYS, ItemBadges, programmeLabel } from './parts.tsx';

export interface ItemView {
  item: LibraryItem;
  file: FileFacts | null;
  /** The programme's name; null for both programmes. */
  programme: string | null;
  curated: boolean;
  /** The published training modules this material is part of, as far as the reader sees them. */
  modules: { id: string; title: string }[];
}

/** A material: its text, its link or its file, and its checklist. */
export function ItemPage(props: { view: ItemView }) {
  const { t, locale } = useView();
  const { item, file } = props.view;
  return (
    <Page title="library.item.title" titleVars={{ title: item.title }}>
      <p class="kern-body">
        <a class="kern-link" href={LIBRARY}>
          {t('library.back')}
        </a>
      </p>
      <ItemBadges
        kind={item.kind}
        audience={item.audience}
        programme={programmeLabel(t, props.view.programme)}
      />
      <p class="kern-body kern-body--small">
        {t('library.item.category', { category: t(CATEGORY_KEYS[item.category]) })}
      </p>
      {item.summary ? <p class="kern-body kern-body--large">{item.summary}</p> : null}
      {item.kind === 'link' && item.url ? (
        <p class="kern-body">
          <a class="kern-link" href={item.url} rel="noopener">
            {t('library.item.openLink', { host: new URL(item.url).host })}
          </a>{' '}
          <span class="kern-body--small">{t('library.item.external')}</span>
        </p>
      ) : null}
      {item.kind === 'document' && file ? (
        <p class="kern-body">
          <a class="kern-link" href={itemFilePath(item.id)} download={file.filename}>
            {t('uploads.download', { name: file.filename, size: formatSize(file.size, locale) })}
          </a>
        </p>
      ) : null}
      {item.body ? (
        <section aria-labelledby="materialtext">
          <h2 class="kern-heading-medium" id="materialtext">
            {t(item.kind === 'text' ? 'library.item.content' : 'library.item.description')}
          </h2>
          <Markdown text={item.body} />
        </section>
      ) : null}
      {item.checklist.length > 0 ? (
        <section aria-labelledby="checkliste">
          <h2 class="kern-heading-medium" id="checkliste">
            {t('library.item.checklist')}
          </h2>
          <ul class="kern-list">
            {item.checklist.map((entry, i) => (
              <li key={i}>{entry}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.view.modules.length > 0 ? (
        <section aria-labelledby="module">
          <h2 class="kern-heading-medium" id="module">
            {t('library.item.inModules')}
          </h2>
          <ul class="kern-list">
            {props.view.modules.map((m) => (
              <li key={m.id}>
                <a class="kern-link" href={modulePath(m.id)}>
                  {m.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.view.curated ? (
        <p class="kern-body">
          <a class="kern-btn kern-btn--secondary" href={editItemPath(item.id)}>
            <span class="kern-label">{t('library.item.edit')}</span>
          </a>
        </p>
      ) : null}
    </Page>
  );
}
