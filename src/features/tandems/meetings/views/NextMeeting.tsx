import { useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { meetingPath } from '../paths.ts';
import type { Meeting } from '../queries.ts';
import { Agenda, type AgendaView } from './Agenda.tsx';
import { clockTime, formatKey, longDate } from './labels.ts';

export interface NextMeetingView {
  tandemId: string;
  next: Meeting | null;
  /** Planned meetings after the next one. */
  later: Meeting[];
  agenda: AgendaView;
  now: Date;
  today: string;
  writable: boolean;
}

/** The workspace's next meeting with its agenda, or the guide's advice to agree a date. */
export function NextMeeting(props: { view: NextMeetingView }) {
  const { t, locale } = useView();
  const v = props.view;
  const next = v.next;
  const when = (m: Meeting) => ({
    date: longDate(m.startsAt, locale),
    time: clockTime(m.startsAt, locale),
    format: t(formatKey(m.format)),
  });
  return (
    <section aria-labelledby="naechstes-treffen" class="account-section">
      <h2 class="kern-heading-medium" id="naechstes-treffen">
        {t('tandems.meetings.next.title')}
      </h2>
      {next ? (
        <>
          <p class="kern-body kern-body--large">{t('tandems.meetings.next.when', when(next))}</p>
          {next.location ? (
            <p class="kern-body">{t('tandems.meetings.next.location', { location: next.location })}</p>
          ) : null}
          {v.writable && next.startsAt.getTime() <= v.now.getTime() ? (
            <p class="kern-body">
              <strong>{t('tandems.meetings.next.overdue')}</strong>{' '}
              <a class="kern-link" href={meetingPath(v.tandemId, next.id, 'protokoll')}>
                {t('tandems.meetings.page.recordLink')}
              </a>
            </p>
          ) : null}
          <p class="kern-body">
            <a class="kern-link" href={meetingPath(v.tandemId, next.id)}>
              {t(v.writable ? 'tandems.meetings.next.open' : 'tandems.meetings.next.view')}
            </a>
          </p>
          <Agenda tandemId={v.tandemId} agenda={v.agenda} today={v.today} headingId="agenda" level={3} />
          {v.later.length > 0 ? (
            <>
              <h3 class="kern-heading-small">{t('tandems.meetings.next.later')}</h3>
              <ul class="kern-list">
                {v.later.map((m) => (
                  <li key={m.id}>
                    <a class="kern-link" href={meetingPath(v.tandemId, m.id)}>
                      {t('tandems.meetings.next.when', when(m))}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p class="kern-body">{t('tandems.meetings.next.none')}</p>
      )}
      {v.writable ? (
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={tandemPath(v.tandemId, 'treffen')}>
              {t('tandems.meetings.next.plan')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={`${tandemPath(v.tandemId, 'treffen')}#kontakt-festhalten`}>
              {t('tandems.meetings.next.contact')}
            </a>
          </li>
        </ul>
      ) : null}
    </section>
  );
}
