import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import type { DetailView } from './DetailPage.tsx';
import { detailPath } from './labels.ts';

/** The next steps the current status allows; the route decides which, the view only shows them. */
export function Actions(props: { view: DetailView }) {
  const { t } = useView();
  const { detail, can, values, errors, selectedTopics } = props.view;
  const p = detail.participation;
  const base = detailPath(p.id);
  const any = can.schedule || can.hold || can.accept || can.strengths || can.decline;
  // Offered topics: the programme's active ones, plus archived ones this person still has.
  const topicOptions = detail.topics
    .filter((x) => x.archivedAt === null || p.topicsOffered.includes(x.id))
    .map((x) => ({
      value: x.id,
      label: x.archivedAt ? `${x.label} ${t('intake.detail.archivedTopic')}` : x.label,
    }));
  return (
    <section aria-labelledby="naechste-schritte" class="account-section">
      <h2 class="kern-heading-medium" id="naechste-schritte">
        {t('intake.actions.title')}
      </h2>
      {any ? null : <p class="kern-body">{t('intake.actions.none')}</p>}

      {can.schedule ? (
        <section aria-labelledby="termin">
          <h3 class="kern-heading-small" id="termin">
            {t(p.status === 'intake_scheduled' ? 'intake.schedule.retitle' : 'intake.schedule.title')}
          </h3>
          <p class="kern-hint">{t('intake.schedule.hint')}</p>
          <Form action={`${base}/kennenlerngespraech`}>
            <TextField
              name="datum"
              type="date"
              label="intake.schedule.date"
              hint="intake.schedule.dateHint"
              value={values.datum}
              errors={errors}
            />
            <TextField
              name="uhrzeit"
              type="time"
              label="intake.schedule.time"
              hint="intake.schedule.timeHint"
              value={values.uhrzeit}
              errors={errors}
            />
            <SubmitButton label="intake.schedule.submit" />
          </Form>
        </section>
      ) : null}

      {can.hold ? (
        <Form action={`${base}/status`}>
          <input type="hidden" name="status" value="intake_held" />
          <p class="kern-body">{t('intake.held.text')}</p>
          <SubmitButton label="intake.held.submit" />
        </Form>
      ) : null}

      {can.accept ? (
        <Form action={`${base}/status`}>
          <input type="hidden" name="status" value="accepted" />
          <p class="kern-body">{t('intake.accept.text')}</p>
          <SubmitButton label="intake.accept.submit" />
        </Form>
      ) : null}

      {can.strengths ? (
        <section aria-labelledby="staerken-titel">
          <h3 class="kern-heading-small" id="staerken-titel">
            {t('intake.strengths.title')}
          </h3>
          <Form action={`${base}/staerken`}>
            <ChoiceGroup
              name="themen"
              legend="intake.strengths.topics"
              hint="intake.strengths.topicsHint"
              options={topicOptions.map((o) => ({ value: o.value, label: { text: o.label } }))}
              selected={[...selectedTopics]}
              multiple
              errors={errors}
            />
            <TextArea
              name="staerken"
              label="intake.strengths.text"
              hint="intake.strengths.textHint"
              value={values.staerken}
              errors={errors}
              rows={5}
            />
            <SubmitButton label="intake.strengths.submit" kind="secondary" />
          </Form>
        </section>
      ) : null}

      {can.decline ? (
        <section aria-labelledby="absage">
          <h3 class="kern-heading-small" id="absage">
            {t('intake.decline.title')}
          </h3>
          <Form action={`${base}/absage`}>
            <TextArea
              name="mailtext"
              label="intake.decline.text"
              hint="intake.decline.hint"
              value={values.mailtext}
              errors={errors}
              rows={10}
            />
            <SubmitButton label="intake.decline.submit" kind="secondary" />
          </Form>
        </section>
      ) : null}
    </section>
  );
}
