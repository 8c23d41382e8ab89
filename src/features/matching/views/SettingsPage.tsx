import type { MessageKey } from '../../../i18n/index.ts';
import { CRITERIA } from '../../../matching-engine/criteria.ts';
import { ErrorSummary, Form, TextField } from '../../../ui/components/Form.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../ui/context.ts';
import { formatNumber } from '../../../ui/format.ts';
import type { PoolPerson, Programme } from '../queries.ts';
import { programmePath } from '../routes/shared.ts';
import type { previewWeights } from '../service/suggestions.ts';
import { Section, Table } from './parts.tsx';

export interface SettingsProps {
  programme: Programme;
  values: Record<string, string>;
  errors?: FormErrors;
  preview?: ReturnType<typeof previewWeights>;
  people?: Map<string, PoolPerson>;
  /** The link back: the programme's matching, or (admins) the programme's data. */
  back: { href: string; label: MessageKey };
}

function Preview(props: SettingsProps) {
  const { t, locale } = useView();
  if (!props.preview) return null;
  const name = (id: string) => props.people?.get(id)?.name ?? '';
  const list = (top: { mentorId: string; score: number }[]) =>
    top.length === 0
      ? '–'
      : top
          .map((s) =>
            t('matching.settings.preview.entry', {
              name: name(s.mentorId),
              score: formatNumber(s.score, locale),
            }),
          )
          .join('; ');
  return (
    <Section id="vorschau" title="matching.settings.preview.title">
      {props.preview.length === 0 ? (
        <p class="kern-body">{t('matching.settings.preview.empty')}</p>
      ) : (
        <Table
          id="vorschau-tabelle"
          caption="matching.settings.preview.caption"
          headers={[
            'matching.column.mentee',
            'matching.settings.preview.current',
            'matching.settings.preview.proposed',
            'matching.settings.preview.changed',
          ]}
        >
          {props.preview.map((row) => {
            const changed =
              row.current.map((s) => s.mentorId).join() !== row.proposed.map((s) => s.mentorId).join();
            return (
              <tr class="kern-table__row" key={row.menteeId}>
                <th class="kern-table__header" scope="row">
                  {name(row.menteeId)}
                </th>
                <td class="kern-table__cell">{list(row.current)}</td>
                <td class="kern-table__cell">{list(row.proposed)}</td>
                <td class="kern-table__cell">
                  {t(changed ? 'matching.settings.preview.yes' : 'matching.settings.preview.no')}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
    </Section>
  );
}

/** Weights per criterion with a preview of their effect, and the proposals' deadlines. */
export function SettingsPage(props: SettingsProps) {
  const { t } = useView();
  const errors = props.errors ?? {};
  return (
    <Page title="matching.settings.title" titleVars={{ programme: props.programme.name }} errors={errors}>
      <p class="kern-body">
        <a class="kern-link" href={props.back.href}>
          {t(props.back.label, { programme: props.programme.name })}
        </a>
      </p>
      <ErrorSummary
        errors={errors}
        order={[...CRITERIA.map((c) => `gewicht_${c}`), 'erinnerung', 'ablauf']}
      />
      <Preview {...props} />
      <Form action={`${programmePath(props.programme)}/einstellungen`} values={props.values} errors={errors}>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('matching.settings.weights')}</legend>
          <p class="kern-hint">{t('matching.settings.weightsHint')}</p>
          <div class="kern-fieldset__body filter-grid">
            {CRITERIA.map((c) => (
              <TextField
                key={c}
                name={`gewicht_${c}`}
                label={`matching.criterion.${c}` as MessageKey}
                inputmode="numeric"
              />
            ))}
          </div>
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('matching.settings.deadlines')}</legend>
          <div class="kern-fieldset__body filter-grid">
            <TextField
              name="erinnerung"
              label="matching.settings.reminderDays"
              hint="matching.settings.reminderDaysHint"
              inputmode="numeric"
            />
            <TextField
              name="ablauf"
              label="matching.settings.expiryDays"
              hint="matching.settings.expiryDaysHint"
              inputmode="numeric"
            />
          </div>
        </fieldset>
        <div class="button-row">
          <button type="submit" name="aktion" value="vorschau" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('matching.settings.preview.submit')}</span>
          </button>
          <button type="submit" name="aktion" value="speichern" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('matching.settings.save')}</span>
          </button>
        </div>
      </Form>
    </Page>
  );
}
