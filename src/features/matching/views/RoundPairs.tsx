import { Form } from '../../../ui/components/Form.tsx';
import { useView } from '../../../ui/context.ts';
import { formatNumber } from '../../../ui/format.ts';
import { roundPath } from '../routes/shared.ts';
import { Section } from './parts.tsx';
import type { RoundProps } from './round-props.ts';

/** The round's pairs; in a draft each can be locked or removed before the round runs again. */
export function PairsForm(props: RoundProps) {
  const { t, locale } = useView();
  const pairs = props.round.result?.pairs ?? [];
  const draft = props.round.status === 'draft';
  const name = (id: string) => props.people.get(id)?.name ?? '–';
  const table = (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small kern-table--striped" id="paare">
        <caption class="kern-title">{t('matching.round.pairs.caption', { count: pairs.length })}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {t('matching.column.mentee')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('matching.column.mentor')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('matching.column.score')}
            </th>
            {draft ? (
              <>
                <th class="kern-table__header" scope="col">
                  {t('matching.round.pairs.lock')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('matching.round.pairs.remove')}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {pairs.map((p, k) => {
            const value = `${p.menteeId}:${p.mentorId}`;
            const vars = { mentee: name(p.menteeId), mentor: name(p.mentorId) };
            return (
              <tr class="kern-table__row" key={value}>
                <th class="kern-table__header" scope="row">
                  {vars.mentee}
                </th>
                <td class="kern-table__cell">{vars.mentor}</td>
                <td class="kern-table__cell">
                  {formatNumber(p.score, locale)}
                  {p.locked ? ` ${t('matching.round.pairs.locked')}` : ''}
                </td>
                {draft ? (
                  <>
                    <td class="kern-table__cell">
                      <div class="kern-form-check">
                        <input
                          class="kern-form-check__checkbox"
                          type="checkbox"
                          id={`fixieren-${k}`}
                          name="fixieren"
                          value={value}
                          checked={p.locked}
                        />
                        <label class="kern-label" for={`fixieren-${k}`}>
                          <span class="kern-sr-only">{t('matching.round.pairs.lockPair', vars)}</span>
                        </label>
                      </div>
                    </td>
                    <td class="kern-table__cell">
                      <div class="kern-form-check">
                        <input
                          class="kern-form-check__checkbox"
                          type="checkbox"
                          id={`entfernen-${k}`}
                          name="entfernen"
                          value={value}
                        />
                        <label class="kern-label" for={`entfernen-${k}`}>
                          <span class="kern-sr-only">{t('matching.round.pairs.removePair', vars)}</span>
                        </label>
                      </div>
                    </td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  return (
    <Section id="paare-titel" title="matching.round.pairs.title">
      {draft ? (
        <Form action={`${roundPath(props.programme, props.round.id)}/neu-berechnen`}>
          <p class="kern-body">{t('matching.round.pairs.lead')}</p>
          {table}
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('matching.round.rerun')}</span>
          </button>
        </Form>
      ) : (
        table
      )}
    </Section>
  );
}
