import type { ComponentChildren } from 'preact';
import { useView } from '../../../ui/context.ts';

/** The search field of the area (a GET form; the results page has the filters). */
export function SearchBox(props: { action: string; value?: string; children?: ComponentChildren }) {
  const { t } = useView();
  return (
    <form method="get" action={props.action} class="kern-stack community-search" novalidate>
      <div class="kern-form-input">
        <label class="kern-label" for="suche-q">
          {t('community.search.label')}
        </label>
        <input class="kern-form-input__input" id="suche-q" name="q" type="search" value={props.value ?? ''} />
      </div>
      {props.children}
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('community.search.submit')}</span>
      </button>
    </form>
  );
}
