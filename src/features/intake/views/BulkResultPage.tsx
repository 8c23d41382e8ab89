import { Alert } from '../../../ui/components/Alert.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import type { BulkResult } from '../service/decisions.ts';
import { detailPath, statusKey } from './labels.ts';

/** What a bulk acceptance did: who is now in the pool, who was left as they were and why. */
export function BulkResultPage(props: { result: BulkResult; back: string }) {
  const { t } = useView();
  const { accepted, skipped } = props.result;
  return (
    <Page title="intake.bulk.resultTitle">
      <Alert
        kind={accepted.length > 0 ? 'success' : 'warning'}
        title={t('intake.bulk.acceptedCount', { count: accepted.length })}
        live
      />
      {accepted.length > 0 ? (
        <ul class="kern-list kern-list--bullet">
          {accepted.map((p) => (
            <li key={p.id}>
              <a class="kern-link" href={detailPath(p.id)}>
                {p.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {skipped.length > 0 ? (
        <section aria-labelledby="nicht-aufgenommen">
          <h2 class="kern-heading-medium" id="nicht-aufgenommen">
            {t('intake.bulk.skippedCount', { count: skipped.length })}
          </h2>
          <p class="kern-body">{t('intake.bulk.skippedText')}</p>
          <ul class="kern-list kern-list--bullet">
            {skipped.map((p) => (
              <li key={p.id}>
                <a class="kern-link" href={detailPath(p.id)}>
                  {p.name}
                </a>
                {` – ${t(statusKey(p.status))}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={props.back}>
          {t('intake.bulk.back')}
        </a>
      </p>
    </Page>
  );
}
