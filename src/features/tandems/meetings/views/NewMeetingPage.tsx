import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { APPOINTMENT, AppointmentFields, appointmentOrder, formatOptions } from './AppointmentFields.tsx';

export interface NewMeetingView {
  tandemId: string;
  partnerName: string;
  /** Which of the two forms was sent (its values and errors are shown). */
  sent?: 'meeting' | 'contact';
  values: Record<string, string>;
  errors?: FormErrors;
}

/** Plan the next meeting; or log a phone call or email exchange in one short form. */
export function NewMeetingPage(props: { view: NewMeetingView }) {
  const { t } = useView();
  const v = props.view;
  const errors = v.errors ?? {};
  const meeting = v.sent === 'contact' ? { values: {}, errors: {} } : { values: v.values, errors };
  const contact = v.sent === 'contact' ? { values: v.values, errors } : { values: {}, errors: {} };
  return (
    <Page title="tandems.meetings.new.title" lead="tandems.meetings.new.lead" errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId)}>
          {t('tandems.meetings.back', { name: v.partnerName })}
        </a>
      </p>
      <ErrorSummary
        errors={errors}
        order={
          v.sent === 'contact'
            ? ['kontakt_datum', 'kontakt_uhrzeit', 'kontakt_dauer', 'kontakt_format', 'zusammenfassung']
            : appointmentOrder(APPOINTMENT)
        }
      />
      <section aria-labelledby="treffen-planen" class="account-section">
        <h2 class="kern-heading-medium" id="treffen-planen">
          {t('tandems.meetings.new.formTitle')}
        </h2>
        <p class="kern-body">{t('tandems.meetings.new.pastHint')}</p>
        <Form action={tandemPath(v.tandemId, 'treffen')} values={meeting.values} errors={meeting.errors}>
          <AppointmentFields />
          <SubmitButton label="tandems.meetings.new.submit" />
        </Form>
      </section>
      <section aria-labelledby="kontakt" class="account-section" id="kontakt-festhalten">
        <h2 class="kern-heading-medium" id="kontakt">
          {t('tandems.meetings.contact.title')}
        </h2>
        <p class="kern-body">{t('tandems.meetings.contact.hint')}</p>
        <Form
          action={tandemPath(v.tandemId, 'kontakte')}
          values={{ kontakt_dauer: '15', ...contact.values }}
          errors={contact.errors}
        >
          <div class="filter-grid">
            <TextField
              name="kontakt_datum"
              type="date"
              label="tandems.meetings.field.date"
              hint="tandems.meetings.field.dateHint"
            />
            <TextField
              name="kontakt_uhrzeit"
              type="time"
              label="tandems.meetings.field.time"
              hint="tandems.meetings.field.timeHint"
              required={false}
            />
            <TextField
              name="kontakt_dauer"
              label="tandems.meetings.field.duration"
              hint="tandems.meetings.field.durationHint"
              inputmode="numeric"
            />
          </div>
          <ChoiceGroup
            name="kontakt_format"
            legend="tandems.meetings.contact.format"
            options={formatOptions(['phone', 'email'])}
          />
          <TextArea
            name="zusammenfassung"
            label="tandems.meetings.contact.summary"
            hint="tandems.meetings.contact.summaryHint"
            rows={4}
          />
          <SubmitButton label="tandems.meetings.contact.submit" kind="secondary" />
        </Form>
      </section>
    </Page>
  );
}
