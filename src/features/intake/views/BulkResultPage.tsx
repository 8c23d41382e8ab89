import { Alert } from '../../../ui/components/Alert.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import type { BulkResult } from '../service/decisions.ts';
import { detailPath, roleKey, statusKey } from './labels.ts';

/** What a bulk acceptance did: who is now in the pool, who was left as they were and why. */
export function BulkResultPage(props: { result: BulkResult; back: string }) {
  const { t } = useView();
  const { accepted, skipped } = props.result;
  // A person selected in two roles appears twice: then each line names the role.
  const seen = [...accepted, ...skipped].map((p) => p.userId);
  const label = (p: { userId: string; name: string; role: string }) =>
    seen.indexOf(p.userId) === seen.lastIndexOf(p.userId) ? p.name : `${p.name} (${t(roleKey(p.role))})`;
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
                {label(p)}
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
                  {label(p)}
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
