import type { MessageKey } from '../../../i18n/index.ts';
import { Alert } from '../../../ui/components/Alert.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import { formatAt } from '../../../ui/format.ts';
import type { ImportSummary } from '../drafts.ts';
import { ImportActions } from './CheckPage.tsx';
import { IssueTable, StepNote } from './parts.tsx';

/** Step 4: what the import did (or, for a dry run, would do), and why rows were skipped. */
export function ResultPage(props: { token: string; summary: ImportSummary }) {
  const { t, locale } = useView();
  const s = props.summary;
  const figures: [MessageKey, number][] = [
    ['imports.result.created', s.created],
    ['imports.result.updated', s.updated],
    ['imports.result.skipped', s.skipped],
    [s.dryRun ? 'imports.result.invitationsDryRun' : 'imports.result.invitations', s.invitations],
  ];
  const date = formatAt(new Date(s.at), locale);
  return (
    <Page title={s.dryRun ? 'imports.result.dryRunTitle' : 'imports.result.title'}>
      <StepNote current={4} />
      {s.dryRun ? (
        <Alert kind="info" title={t('imports.result.dryRunNotice')} />
      ) : (
        <p class="kern-body">{t('imports.result.at', { date })}</p>
      )}
      <dl class="kern-description-list" data-summary>
        {figures.map(([label, value]) => (
          <div class="kern-description-list-item" key={label}>
            <dt class="kern-description-list-item__key">{t(label)}</dt>
            <dd class="kern-description-list-item__value" data-figure={label.split('.').pop()}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <h2 class="kern-heading-medium">{t('imports.result.reasons')}</h2>
      {s.issueCount === 0 ? (
        <p class="kern-body">{t('imports.result.noneSkipped')}</p>
      ) : (
        <IssueTable issues={s.issues} total={s.issueCount} caption="imports.result.reasons" />
      )}
      {s.dryRun && s.created + s.updated > 0 ? <ImportActions token={props.token} /> : null}
      <p class="kern-body">
        <a class="kern-link" href="/koordination/import">
          {s.dryRun ? t('imports.mapping.otherFile') : t('imports.result.again')}
        </a>
      </p>
    </Page>
  );
}
