import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import type { Participation } from '../queries/detail.ts';
import type { DetailView } from './detail-view.ts';
import { detailPath, roleKey } from './labels.ts';

/** Accepting one role into the matching pool; with several roles the button names the role. */
function Accept(props: { p: Participation; several: boolean }) {
  const { t } = useView();
  const role = t(roleKey(props.p.role));
  return (
    <Form action={`${detailPath(props.p.id)}/status`}>
      <input type="hidden" name="status" value="accepted" />
      <p class="kern-body">
        {props.several ? t('intake.accept.textRole', { role }) : t('intake.accept.text')}
      </p>
      {props.several ? (
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('intake.accept.submitRole', { role })}</span>
        </button>
      ) : (
        <SubmitButton label="intake.accept.submit" />
      )}
    </Form>
  );
}

/**
 * The next steps the statuses allow; the route decides which, the view only shows them. The intake
 * call is one for all of the person's roles; acceptance and decline are decided per role.
 */
export function Actions(props: { view: DetailView }) {
  const { t } = useView();
  const { detail, can, values, errors, selectedTopics, selectedRoles } = props.view;
  const base = detailPath(detail.participation.id);
  const several = detail.roles.length > 1;
  const roleNames = detail.roles.map((r) => t(roleKey(r.participation.role))).join(t('intake.list.and'));
  const mentor = can.strengths;
  const any = can.schedule || can.hold || can.accept.length > 0 || mentor !== null || can.decline.length > 0;
  // Offered topics: the programme's active ones, plus archived ones this person still has.
  const topicOptions = detail.topics
    .filter((x) => x.archivedAt === null || (mentor?.topicsOffered.includes(x.id) ?? false))
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
            {t(can.rescheduling ? 'intake.schedule.retitle' : 'intake.schedule.title')}
          </h3>
          <p class="kern-hint">{t('intake.schedule.hint')}</p>
          {several ? <p class="kern-hint">{t('intake.schedule.rolesHint', { roles: roleNames })}</p> : null}
          <Form action={`${base}/kennenlerngespraech`} values={values} errors={errors}>
            <TextField
              name="datum"
              type="date"
              label="intake.schedule.date"
              hint="intake.schedule.dateHint"
            />
            <TextField
              name="uhrzeit"
              type="time"
              label="intake.schedule.time"
              hint="intake.schedule.timeHint"
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

      {can.accept.map((p) => (
        <Accept key={p.id} p={p} several={several} />
      ))}

      {mentor ? (
        <section aria-labelledby="staerken-titel">
          <h3 class="kern-heading-small" id="staerken-titel">
            {t('intake.strengths.title')}
          </h3>
          <Form action={`${detailPath(mentor.id)}/staerken`} values={values} errors={errors}>
            <ChoiceGroup
              name="themen"
              legend="intake.strengths.topics"
              hint="intake.strengths.topicsHint"
              options={topicOptions.map((o) => ({ value: o.value, label: { text: o.label } }))}
              selected={[...selectedTopics]}
              multiple
            />
            <TextArea
              name="staerken"
              label="intake.strengths.text"
              hint="intake.strengths.textHint"
              rows={5}
            />
            <SubmitButton label="intake.strengths.submit" kind="secondary" />
          </Form>
        </section>
      ) : null}

      {can.decline.length > 0 ? (
        <section aria-labelledby="absage">
          <h3 class="kern-heading-small" id="absage">
            {t('intake.decline.title')}
          </h3>
          <Form action={`${base}/absage`} values={values} errors={errors}>
            {can.decline.length > 1 ? (
              <ChoiceGroup
                name="rollen"
                legend="intake.decline.roles"
                hint="intake.decline.rolesHint"
                options={can.decline.map((p) => ({ value: p.role, label: { text: t(roleKey(p.role)) } }))}
                selected={[...selectedRoles]}
                multiple
              />
            ) : (
              <>
                <input type="hidden" name="rollen" value={can.decline[0]!.role} />
                {several ? (
                  <p class="kern-body">
                    {t('intake.decline.oneRole', { role: t(roleKey(can.decline[0]!.role)) })}
                  </p>
                ) : null}
              </>
            )}
            <TextArea name="mailtext" label="intake.decline.text" hint="intake.decline.hint" rows={10} />
            <SubmitButton label="intake.decline.submit" kind="secondary" />
          </Form>
        </section>
      ) : null}
    </section>
  );
}
