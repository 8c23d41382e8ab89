import type { Side } from '../../../../db/schema/tandems.ts';
import { Alert } from '../../../../ui/components/Alert.tsx';
import { ErrorSummary, Form, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import type { TodoView } from '../../todos/views/TodoItem.tsx';
import { meetingPath } from '../paths.ts';
import type { Meeting, Preparation } from '../queries.ts';
import { Agenda, type AgendaView } from './Agenda.tsx';
import { APPOINTMENT, AppointmentFields, appointmentOrder } from './AppointmentFields.tsx';
import { longDate } from './labels.ts';
import { MeetingDetails } from './MeetingDetails.tsx';
import { Preparations } from './Preparations.tsx';
import { RecordView } from './RecordView.tsx';

export interface MeetingPageView {
  tandemId: string;
  partnerName: string;
  side: Side;
  meeting: Meeting;
  now: Date;
  today: string;
  writable: boolean;
  agenda: AgendaView | null;
  preparations: Partial<Record<Side, Preparation>>;
  record: { todos: TodoView[]; recorderName: string | null } | null;
  /** Which form was sent with errors: its values come back. */
  sent?: 'edit' | 'preparation';
  values?: Record<string, string>;
  errors?: FormErrors;
  editValues: Record<string, string>;
}

/** Change or cancel a planned meeting. */
function Manage(props: { view: MeetingPageView }) {
  const { t } = useView();
  const v = props.view;
  const errors = v.sent === 'edit' ? (v.errors ?? {}) : {};
  const action = meetingPath(v.tandemId, v.meeting.id);
  return (
    <section aria-labelledby="aendern" class="account-section">
      <h2 class="kern-heading-medium" id="aendern">
        {t('tandems.meetings.edit.title')}
      </h2>
      <details open={v.sent === 'edit'}>
        <summary class="kern-link">{t('tandems.meetings.edit.open')}</summary>
        <p class="kern-hint">{t('tandems.meetings.edit.hint')}</p>
        <Form action={action} values={v.sent === 'edit' ? (v.values ?? {}) : v.editValues} errors={errors}>
          <AppointmentFields />
          <SubmitButton label="tandems.meetings.edit.submit" />
        </Form>
      </details>
      <h3 class="kern-heading-small">{t('tandems.meetings.cancel.title')}</h3>
      <p class="kern-body">{t('tandems.meetings.cancel.hint')}</p>
      <p class="kern-body">
        <a class="kern-link" href={`${action}/absage`}>
          {t('tandems.meetings.cancel.submit')}
        </a>
      </p>
    </section>
  );
}

/** One meeting: its date, agenda and both members' preparation; after it, the record. */
export function MeetingPage(props: { view: MeetingPageView }) {
  const { t, locale } = useView();
  const v = props.view;
  const m = v.meeting;
  const isContact = m.kind === 'contact';
  const started = m.startsAt.getTime() <= v.now.getTime();
  const planned = m.status === 'planned';
  const recordHref = meetingPath(v.tandemId, m.id, 'protokoll');
  const partnerSide: Side = v.side === 'mentee' ? 'mentor' : 'mentee';
  return (
    <Page
      title={isContact ? 'tandems.meetings.page.contactTitle' : 'tandems.meetings.page.title'}
      titleVars={{ date: longDate(m.startsAt, locale) }}
      errors={v.errors}
    >
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId)}>
          {t('tandems.meetings.back', { name: v.partnerName })}
        </a>
      </p>
      <ErrorSummary
        errors={v.errors ?? {}}
        order={v.sent === 'edit' ? appointmentOrder(APPOINTMENT) : ['fragen', 'themen', 'veraenderungen']}
      />
      {m.status === 'cancelled' ? <Alert kind="info" title={t('tandems.meetings.page.cancelled')} /> : null}
      {planned && started && v.writable ? (
        <Alert kind="warning" title={t('tandems.meetings.page.overdue')}>
          <p class="kern-body">
            <a class="kern-link" href={recordHref}>
              {t('tandems.meetings.page.recordLink')}
            </a>
          </p>
        </Alert>
      ) : null}
      <MeetingDetails meeting={m} icsHref={isContact ? null : meetingPath(v.tandemId, m.id, 'termin.ics')} />
      {v.agenda ? (
        <section aria-labelledby="tagesordnung" class="account-section">
          <Agenda
            tandemId={v.tandemId}
            agenda={v.agenda}
            today={v.today}
            headingId="tagesordnung"
            level={2}
          />
        </section>
      ) : null}
      {v.record ? (
        <RecordView
          tandemId={v.tandemId}
          meeting={m}
          todos={v.record.todos}
          recorderName={v.record.recorderName}
          today={v.today}
          editHref={v.writable ? recordHref : null}
          timeHref={v.side === 'mentor' && v.writable ? `/mentoring-zeit/neu?treffen=${m.id}` : null}
        />
      ) : null}
      {!isContact && m.status !== 'cancelled' ? (
        <Preparations
          action={meetingPath(v.tandemId, m.id, 'vorbereitung')}
          partnerName={v.partnerName}
          mine={v.preparations[v.side]}
          partner={v.preparations[partnerSide]}
          editable={planned && v.writable}
          values={v.sent === 'preparation' ? v.values : undefined}
          errors={v.sent === 'preparation' ? v.errors : undefined}
        />
      ) : null}
      {planned && v.writable ? <Manage view={v} /> : null}
    </Page>
  );
}
