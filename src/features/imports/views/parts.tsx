import type { MessageKey } from '../../../i18n/index.ts';
import { useView } from '../../../ui/context.ts';
import type { Issue } from '../validate.ts';

/** How many findings a page lists; the rest are counted. */
export const ISSUES_SHOWN = 500;

export function StepNote(props: { current: 1 | 2 | 3 | 4 }) {
  const { t } = useView();
  return <p class="kern-body kern-body--small">{t('imports.step', { current: props.current })}</p>;
}

/** Back to step 1, to upload another file. */
export function OtherFileLink() {
  const { t } = useView();
  return (
    <p class="kern-body">
      <a class="kern-link" href="/koordination/import">
        {t('imports.mapping.otherFile')}
      </a>
    </p>
  );
}

/** The findings as a table: row number as the spreadsheet shows it, our field, the message. */
export function IssueTable(props: { issues: Issue[]; total: number; caption: MessageKey }) {
  const { t } = useView();
  const shown = props.issues.slice(0, ISSUES_SHOWN);
  return (
    <>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--small kern-table--striped" data-issues>
          <caption class="kern-sr-only">{t(props.caption)}</caption>
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {t('imports.report.row')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('imports.report.field')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('imports.report.message')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {shown.map((issue) => (
              <tr class="kern-table__row" key={`${issue.row}-${issue.field}-${issue.message}`}>
                <th class="kern-table__cell kern-table__cell--numeric" scope="row">
                  {issue.row}
                </th>
                <td class="kern-table__cell">{t(`imports.field.${issue.field}`)}</td>
                <td class="kern-table__cell">{t(issue.message, issue.vars)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.total > shown.length ? (
        <p class="kern-body">{t('imports.report.more', { count: props.total - shown.length })}</p>
      ) : null}
    </>
  );
}
