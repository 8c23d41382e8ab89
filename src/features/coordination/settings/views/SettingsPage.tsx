import type { programmes } from '../../../../db/schema/index.ts';
import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextField } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { COORDINATION_TIME_PATH, settingsPath } from '../../paths.ts';

export type SettingsProgramme = Pick<typeof programmes.$inferSelect, 'slug' | 'name' | 'fundingOptions'>;

const ORDER = ['erinnerung', 'eskalation', 'pflicht_tage', 'stunden_pro_tag', 'foerderphase'];

/** The funding phases to choose from: the programme's options, and a phase set before they changed. */
export const phaseChoices = (p: SettingsProgramme, current: string) =>
  current && !p.fundingOptions.includes(current) ? [...p.fundingOptions, current] : p.fundingOptions;

/** A programme's tandem settings: when stalled tandems are reminded and escalated, and the mentoring duty. */
export function SettingsPage(props: {
  programme: SettingsProgramme;
  values: Record<string, string>;
  phases: readonly string[];
  errors?: FormErrors;
}) {
  const { t } = useView();
  const errors = props.errors ?? {};
  const p = props.programme;
  return (
    <Page title="tandems.settings.title" titleVars={{ programme: p.name }} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={COORDINATION_TIME_PATH}>
          {t('tandems.settings.back')}
        </a>
      </p>
      <ErrorSummary errors={errors} order={ORDER} />
      <Form action={settingsPath(p.slug)} values={props.values} errors={errors}>
        <fieldset class="kern-fieldset" aria-describedby="hinweis-stillstand">
          <legend class="kern-label">{t('tandems.settings.stall')}</legend>
          <div class="kern-hint" id="hinweis-stillstand">
            {t('tandems.settings.stallHint')}
          </div>
          <div class="kern-fieldset__body filter-grid">
            <TextField
              name="erinnerung"
              label="tandems.settings.reminderWeeks"
              hint="tandems.settings.reminderWeeksHint"
              inputmode="numeric"
            />
            <TextField
              name="eskalation"
              label="tandems.settings.escalationWeeks"
              hint="tandems.settings.escalationWeeksHint"
              inputmode="numeric"
            />
          </div>
        </fieldset>
        <fieldset class="kern-fieldset" aria-describedby="hinweis-pflicht">
          <legend class="kern-label">{t('tandems.settings.duty')}</legend>
          <div class="kern-hint" id="hinweis-pflicht">
            {t('tandems.settings.dutyHint')}
          </div>
          <div class="kern-fieldset__body kern-stack">
            <TextField
              name="pflicht_tage"
              label="tandems.settings.dutyDays"
              hint="tandems.settings.dutyDaysHint"
              inputmode="numeric"
              required={false}
            />
            <TextField
              name="stunden_pro_tag"
              label="tandems.settings.hoursPerDay"
              hint="tandems.settings.hoursPerDayHint"
              inputmode="text"
            />
            <ChoiceGroup
              name="foerderphase"
              legend="tandems.settings.fundingPhase"
              hint="tandems.settings.fundingPhaseHint"
              options={[
                { value: '', label: 'tandems.settings.fundingPhase.all' },
                ...props.phases.map((phase) => ({
                  value: phase,
                  label: { text: t('tandems.settings.fundingPhase.only', { phase }) },
                })),
              ]}
              // "Every mentor" is the empty value, which the form context would read as none chosen.
              selected={props.values.foerderphase === undefined ? [] : [props.values.foerderphase]}
            />
          </div>
        </fieldset>
        <SubmitButton label="tandems.settings.save" />
      </Form>
    </Page>
  );
}
