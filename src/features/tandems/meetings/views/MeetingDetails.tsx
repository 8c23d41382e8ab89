import type { MessageKey } from '../../../../i18n/index.ts';
import { useView } from '../../../../ui/context.ts';
import type { Meeting } from '../queries.ts';
import { clockTime, formatKey, longDate, statusKey } from './labels.ts';

function Item(props: { label: MessageKey; children: string }) {
  const { t } = useView();
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(props.label)}</dt>
      <dd class="kern-description-list-item__value">{props.children}</dd>
    </div>
  );
}

/** When, how long, how and where; for a logged contact also its short summary. */
export function MeetingDetails(props: { meeting: Meeting; icsHref: string | null }) {
  const { t, locale } = useView();
  const m = props.meeting;
  return (
    <section aria-labelledby="termin" class="account-section">
      <h2 class="kern-heading-medium" id="termin">
        {t(m.kind === 'contact' ? 'tandems.meetings.page.contactDetails' : 'tandems.meetings.page.details')}
      </h2>
      <dl class="kern-description-list">
        <Item label="tandems.meetings.page.when">
          {t('tandems.meetings.page.whenValue', {
            date: longDate(m.startsAt, locale),
            time: clockTime(m.startsAt, locale),
          })}
        </Item>
        <Item label="tandems.meetings.page.duration">
          {t('tandems.meetings.minutes', { minutes: m.durationMinutes })}
        </Item>
        <Item label="tandems.meetings.page.format">{t(formatKey(m.format))}</Item>
        {m.kind === 'meeting' ? (
          <Item label="tandems.meetings.page.location">
            {m.location || t('tandems.meetings.page.noLocation')}
          </Item>
        ) : null}
        <Item label="tandems.meetings.page.status">{t(statusKey(m.status))}</Item>
      </dl>
      {m.kind === 'contact' ? (
        <>
          <h3 class="kern-heading-small">{t('tandems.meetings.contact.summary')}</h3>
          <p class="kern-body preserve-lines">{m.summary}</p>
        </>
      ) : null}
      {props.icsHref ? (
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={props.icsHref} download>
              {t('tandems.meetings.page.ics')}
            </a>
          </li>
          <li>
            <a class="kern-link" href="/kalender">
              {t('tandems.meetings.page.feed')}
            </a>
          </li>
        </ul>
      ) : null}
    </section>
  );
}
