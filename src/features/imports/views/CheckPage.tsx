import { Alert } from '../../../ui/components/Alert.tsx';
import { Form } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import type { Issue } from '../validate.ts';
import { IssueTable, OtherFileLink, StepNote } from './parts.tsx';

/** "Probelauf" and "Importieren": both post the same form, the button says which. */
export function ImportActions(props: { token: string }) {
  const { t } = useView();
  return (
    <Form action={`/koordination/import/${props.token}/import`}>
      <h2 class="kern-heading-medium">{t('imports.check.next')}</h2>
      <p class="kern-body">{t('imports.check.dryRunHint')}</p>
      <div>
        <button type="submit" name="modus" value="probelauf" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('imports.check.dryRun')}</span>
        </button>{' '}
        <button type="submit" name="modus" value="importieren" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('imports.check.import')}</span>
        </button>
      </div>
    </Form>
  );
}

/** Step 3: every row checked; the report names row, field and problem. */
export function CheckPage(props: {
  token: string;
  total: number;
  valid: number;
  invalidRows: number;
  issues: Issue[];
}) {
  const { t } = useView();
  const summary = t('imports.check.summary', { valid: props.valid, total: props.total });
  return (
    <Page title="imports.check.title">
      <StepNote current={3} />
      {props.invalidRows === 0 ? (
        <Alert kind="success" title={summary}>
          <p class="kern-body">{t('imports.check.allValid')}</p>
        </Alert>
      ) : (
        <Alert kind={props.valid === 0 ? 'danger' : 'warning'} title={summary}>
          <p class="kern-body">
            {props.valid === 0
              ? t('imports.check.noneValid')
              : t('imports.check.someInvalid', { count: props.invalidRows })}
          </p>
        </Alert>
      )}
      {props.issues.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{t('imports.check.issues')}</h2>
          <IssueTable issues={props.issues} total={props.issues.length} caption="imports.report.caption" />
        </>
      ) : null}
      {props.valid > 0 ? <ImportActions token={props.token} /> : null}
      <p class="kern-body">
        <a class="kern-link" href={`/koordination/import/${props.token}/zuordnung`}>
          {t('imports.check.changeMapping')}
        </a>
      </p>
      <OtherFileLink />
    </Page>
  );
}
