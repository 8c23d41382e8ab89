import type { MessageKey } from '../../../i18n/index.ts';
import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { TextField } from '../../../ui/components/Form.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import type { Programme, Topic } from '../../programmes/index.ts';
import type { DraftData, Step } from '../schema.ts';
import { StepLayout } from './StepLayout.tsx';

function Item(props: { label: MessageKey; value: string }) {
  const { t } = useView();
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(props.label)}</dt>
      <dd class="kern-description-list-item__value preserve-lines">{props.value || '–'}</dd>
    </div>
  );
}

function Section(props: { title: MessageKey; step: Step; items: [MessageKey, string][] }) {
  const { t } = useView();
  return (
    <section class="summary-section" aria-label={t(props.title)}>
      <h2 class="kern-heading-small">{t(props.title)}</h2>
      <dl class="kern-description-list">
        {props.items.map(([label, value]) => (
          <Item key={label} label={label} value={value} />
        ))}
      </dl>
      <p class="kern-body">
        <a class="kern-link" href={`/registrierung/${props.step}`}>
          {t('registration.change', { section: t(props.title) })}
        </a>
      </p>
    </section>
  );
}

/** Everything typed so far, with a link back to each step; then consent (and a password for a new account). */
export function SummaryStep(props: {
  data: DraftData;
  programme: Programme | null;
  topics: Topic[];
  newAccount: boolean;
  errors?: FormErrors;
}) {
  const { t } = useView();
  const d = props.data;
  const topicNames = (ids: string[] | undefined) =>
    (ids ?? [])
      .map((id) => props.topics.find((x) => x.id === id)?.label ?? '')
      .filter(Boolean)
      .join(', ');
  const labels = (prefix: string, values: readonly string[] | undefined) =>
    (values ?? []).map((v) => t(`${prefix}.${v}` as MessageKey)).join(', ');
  return (
    <StepLayout step="abschluss" errors={props.errors} order={['password', 'consent']}>
      <Section
        title="registration.step.programm"
        step="programm"
        items={[
          ['registration.field.programme', props.programme?.name ?? ''],
          ['registration.field.role', d.role ? t(`registration.role.${d.role}` as MessageKey) : ''],
        ]}
      />
      <Section
        title="registration.step.kontakt"
        step="kontakt"
        items={[
          ['form.name', d.name ?? ''],
          ['form.email', d.email ?? ''],
          ['registration.field.phone', d.phone ?? ''],
        ]}
      />
      <Section
        title="registration.step.organisation"
        step="organisation"
        items={[
          ['registration.field.organisationName', d.organisationName ?? ''],
          [
            'registration.field.organisationType',
            d.organisationType ? t(`organisation.type.${d.organisationType}` as MessageKey) : '',
          ],
          [
            'registration.field.bundesland',
            d.bundesland ? t(`bundesland.${d.bundesland}` as MessageKey) : '',
          ],
          [
            'registration.field.sizeClass',
            d.sizeClass ? t(`organisation.size.${d.sizeClass}` as MessageKey) : '',
          ],
          ['registration.field.position', d.position ?? ''],
          ['registration.field.inRoleSince', d.inRoleSince ? String(d.inRoleSince) : ''],
          ['registration.field.funding', d.funding ?? ''],
        ]}
      />
      <Section
        title="registration.step.themen"
        step="themen"
        items={[
          ['registration.field.topicsNeeded', topicNames(d.topicsNeeded)],
          ['registration.field.goals', d.goals ?? ''],
          ['registration.field.topicsOffered', topicNames(d.topicsOffered)],
          ['registration.field.topicsFreeText', d.topicsFreeText ?? ''],
          ['registration.field.capacity', d.capacity ? String(d.capacity) : ''],
        ]}
      />
      <Section
        title="registration.step.zusammenarbeit"
        step="zusammenarbeit"
        items={[
          ['registration.field.formats', labels('format', d.formats)],
          ['registration.field.frequency', d.frequency ? t(`frequency.${d.frequency}` as MessageKey) : ''],
          ['registration.field.languages', labels('language', d.languages)],
          ['registration.field.availability', d.availability ?? ''],
        ]}
      />
      {props.newAccount ? (
        <TextField
          name="password"
          type="password"
          label="registration.field.password"
          hint="form.password.hint"
          autocomplete="new-password"
        />
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href="/datenschutz">
          {t('registration.privacyLink')}
        </a>
      </p>
      <ChoiceGroup
        name="consent"
        legend="registration.field.consentLegend"
        options={[{ value: 'ja', label: 'registration.field.consent' }]}
        selected={[]}
        multiple
      />
    </StepLayout>
  );
}
