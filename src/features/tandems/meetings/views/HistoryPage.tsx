import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { HistoryRow } from '../queries.ts';
import { History } from './History.tsx';

/** Every meeting and contact of the tandem, newest first. */
export function HistoryPage(props: { tandemId: string; partnerName: string; rows: HistoryRow[] }) {
  const { t } = useView();
  return (
    <Page title="tandems.meetings.historyPage.title" titleVars={{ name: props.partnerName }}>
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(props.tandemId)}>
          {t('tandems.meetings.historyPage.back')}
        </a>
      </p>
      <History tandemId={props.tandemId} rows={props.rows} total={props.rows.length} />
    </Page>
  );
}
