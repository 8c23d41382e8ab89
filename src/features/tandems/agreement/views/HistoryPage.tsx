import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { tandemPath } from '../../paths.ts';
import type { AgreementVersion, VersionRow } from '../queries.ts';
import { Summary } from './Summary.tsx';

function Confirmations(props: { version: AgreementVersion; menteeName: string; mentorName: string }) {
  const { t, locale } = useView();
  const v = props.version;
  const line = (name: string, at: Date | null) =>
    at
      ? t('tandems.agreement.history.confirmedBy', { name, at: formatAt(at, locale, 'dateTime') })
      : t('tandems.agreement.history.notConfirmedBy', { name });
  return (
    <ul class="kern-list">
      <li>{line(props.menteeName, v.menteeConfirmedAt)}</li>
      <li>{line(props.mentorName, v.mentorConfirmedAt)}</li>
    </ul>
  );
}

/** Every version of the agreement, newest first, who saved and who confirmed it, and its text. */
export function HistoryPage(props: {
  tandemId: string;
  partnerName: string;
  menteeName: string;
  mentorName: string;
  rows: VersionRow[];
  inForce: number | null;
}) {
  const { t, locale } = useView();
  return (
    <Page title="tandems.agreement.history.title" lead="tandems.agreement.history.lead">
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(props.tandemId)}>
          {t('tandems.agreement.back', { name: props.partnerName })}
        </a>
      </p>
      {props.rows.length === 0 ? <p class="kern-body">{t('tandems.agreement.history.none')}</p> : null}
      {props.rows.map(({ version: v, authorName }) => (
        <section aria-labelledby={`fassung-${v.version}`} class="account-section" key={v.id}>
          <h2 class="kern-heading-medium" id={`fassung-${v.version}`}>
            {t(
              v.version === props.inForce
                ? 'tandems.agreement.history.versionInForce'
                : 'tandems.agreement.history.version',
              {
                version: v.version,
              },
            )}
          </h2>
          <p class="kern-body">
            {t('tandems.agreement.history.saved', {
              name: authorName ?? t('tandems.agreement.history.someone'),
              at: formatAt(v.createdAt, locale, 'dateTime'),
            })}
          </p>
          <Confirmations version={v} menteeName={props.menteeName} mentorName={props.mentorName} />
          <details>
            <summary>{t('tandems.agreement.history.show', { version: v.version })}</summary>
            <div>
              <Summary content={v.content} />
            </div>
          </details>
        </section>
      ))}
    </Page>
  );
}
