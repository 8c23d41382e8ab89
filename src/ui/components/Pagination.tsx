import { useView } from '../context.ts';

/** Previous and next links of a long list, with "Seite 2 von 7"; nothing for a single page. */
export function Pagination(props: { page: number; pages: number; href: (page: number) => string }) {
  const { t } = useView();
  const { page, pages } = props;
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')}>
      <ul class="kern-list kern-list--horizontal">
        {page > 1 ? (
          <li>
            <a class="kern-link" href={props.href(page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t('pagination.pageOf', { page, pages })}</li>
        {page < pages ? (
          <li>
            <a class="kern-link" href={props.href(page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
