import type { LibraryModule } from '../../../access/library.ts';
import type { LibraryAudience, LibraryKind } from '../../../db/schema/index.ts';
import { CsrfField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import { Markdown } from '../../../ui/Markdown.tsx';
import {
  completeModulePath,
  deleteModulePath,
  editModulePath,
  itemPath,
  MODULES,
  moveModuleItemPath,
  publishModulePath,
} from '../paths.ts';
import { ItemBadges, programmeLabel } from './parts.tsx';

export interface ModuleView {
  module: LibraryModule;
  /** The programme's name; null for both programmes. */
  programme: string | null;
  items: { id: string; title: string; summary: string; kind: LibraryKind; audience: LibraryAudience }[];
  doneAt: Date | null;
  /** For curators: how many mentors completed it. */
  completedBy: number | null;
  curated: boolean;
  /** Participants mark modules done; coordinators and admins see the counts instead. */
  mayComplete: boolean;
}

function MoveButtons(props: {
  moduleId: string;
  itemId: string;
  title: string;
  first: boolean;
  last: boolean;
}) {
  const { t } = useView();
  const button = (
    richtung: 'hoch' | 'runter',
    label: 'library.module.moveUp' | 'library.module.moveDown',
  ) => (
    <form method="post" action={moveModuleItemPath(props.moduleId)} class="inline-form">
      <CsrfField />
      <input type="hidden" name="material" value={props.itemId} />
      <input type="hidden" name="richtung" value={richtung} />
      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--small">
        <span class="kern-label">
          {t(label)}
          <span class="kern-sr-only"> {t('library.module.moveWhat', { title: props.title })}</span>
        </span>
      </button>
    </form>
  );
  return (
    <div class="kern-body kern-body--small">
      {props.first ? null : button('hoch', 'library.module.moveUp')}{' '}
      {props.last ? null : button('runter', 'library.module.moveDown')}
    </div>
  );
}

function PostButton(props: { action: string; name: string; value: string; label: string; kind?: string }) {
  return (
    <form method="post" action={props.action} class="kern-stack">
      <CsrfField />
      <input type="hidden" name={props.name} value={props.value} />
      <button type="submit" class={`kern-btn kern-btn--${props.kind ?? 'primary'}`}>
        <span class="kern-label">{props.label}</span>
      </button>
    </form>
  );
}

/** A training module: its materials in order, and marking it done. */
export function ModulePage(props: { view: ModuleView }) {
  const { t, locale } = useView();
  const v = props.view;
  const { module } = v;
  return (
    <Page title="library.module.title" titleVars={{ title: module.title }}>
      <p class="kern-body">
        <a class="kern-link" href={MODULES}>
          {t('library.module.back')}
        </a>
      </p>
      <p class="kern-body kern-body--small">
        {programmeLabel(t, v.programme)}
        {module.audience === 'mentors' ? (
          <>
            {' '}
            <span class="kern-badge kern-badge--warning">{t('library.audience.mentorsBadge')}</span>
          </>
        ) : null}
        {module.published ? null : (
          <>
            {' '}
            <span class="kern-badge kern-badge--info">{t('library.modules.draft')}</span>
          </>
        )}
      </p>
      {module.description ? <Markdown text={module.description} /> : null}
      <h2 class="kern-heading-medium">{t('library.module.items', { count: v.items.length })}</h2>
      {v.items.length === 0 ? <p class="kern-body">{t('library.module.noItems')}</p> : null}
      <ol class="thread-list">
        {v.items.map((item, i) => (
          <li key={item.id} class="thread-list__item" id={`material-${item.id}`}>
            <h3 class="kern-heading-small">
              <a class="kern-link" href={itemPath(item.id)}>
                {item.title}
              </a>
            </h3>
            <ItemBadges kind={item.kind} audience={item.audience} />
            {item.summary ? <p class="kern-body">{item.summary}</p> : null}
            {v.curated && v.items.length > 1 ? (
              <MoveButtons
                moduleId={module.id}
                itemId={item.id}
                title={item.title}
                first={i === 0}
                last={i === v.items.length - 1}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {v.mayComplete && module.published ? (
        <section aria-labelledby="abschluss">
          <h2 class="kern-heading-medium" id="abschluss">
            {t('library.module.completion')}
          </h2>
          {v.doneAt ? (
            <>
              <p class="kern-body">
                {t('library.module.doneAt', { at: formatAt(v.doneAt, locale, 'date') })}
              </p>
              <PostButton
                action={completeModulePath(module.id)}
                name="erledigt"
                value="nein"
                label={t('library.module.undo')}
                kind="secondary"
              />
            </>
          ) : (
            <PostButton
              action={completeModulePath(module.id)}
              name="erledigt"
              value="ja"
              label={t('library.module.markDone')}
            />
          )}
        </section>
      ) : null}
      {v.curated ? (
        <section aria-labelledby="koordination">
          <h2 class="kern-heading-medium" id="koordination">
            {t('library.module.curation')}
          </h2>
          {v.completedBy !== null ? (
            <p class="kern-body">{t('library.modules.completedBy', { count: v.completedBy })}</p>
          ) : null}
          <p class="kern-body">
            <a class="kern-btn kern-btn--secondary" href={editModulePath(module.id)}>
              <span class="kern-label">{t('library.module.edit')}</span>
            </a>
          </p>
          <PostButton
            action={publishModulePath(module.id)}
            name="veroeffentlicht"
            value={module.published ? 'nein' : 'ja'}
            label={t(module.published ? 'library.module.unpublish' : 'library.module.publish')}
            kind={module.published ? 'secondary' : 'primary'}
          />
          <PostButton
            action={deleteModulePath(module.id)}
            name="loeschen"
            value="ja"
            label={t('library.module.delete')}
            kind="secondary"
          />
        </section>
      ) : null}
    </Page>
  );
}
