import type { Side } from '../../../../db/schema/tandems.ts';
import type { MessageKey } from '../../../../i18n/index.ts';
import { ErrorSummary, Form, fieldId, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { type FormErrors, useView } from '../../../../ui/context.ts';
import { formatAt } from '../../../../ui/format.ts';
import { tandemPath } from '../../paths.ts';
import { QUESTIONS } from '../schema.ts';

export interface KickoffView {
  tandemId: string;
  partnerName: string;
  side: Side;
  own: Record<string, string>;
  sharedAt: Date | null;
  /** The partner's answers, only when shared. */
  partner: Record<string, string> | null;
  writable: boolean;
  errors?: FormErrors;
}

const question = (q: string): MessageKey => `tandems.agreement.question.${q}` as MessageKey;

/** The guide's preparation for the kick-off: own answers, private until shared, and the partner's shared ones. */
export function KickoffPage(props: { view: KickoffView }) {
  const { t, locale } = useView();
  const v = props.view;
  const partnerSide: Side = v.side === 'mentee' ? 'mentor' : 'mentee';
  return (
    <Page title="tandems.agreement.kickoff.title" lead="tandems.agreement.kickoff.lead" errors={v.errors}>
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId)}>
          {t('tandems.agreement.back', { name: v.partnerName })}
        </a>
      </p>
      <ErrorSummary errors={v.errors ?? {}} order={[...QUESTIONS[v.side], 'teilen']} />
      <section aria-labelledby="eigene" class="account-section" id={fieldId('teilen')} tabindex={-1}>
        <h2 class="kern-heading-medium" id="eigene">
          {t('tandems.agreement.kickoff.own')}
        </h2>
        <p class="kern-body">
          {v.sharedAt
            ? t('tandems.agreement.kickoff.sharedSince', { at: formatAt(v.sharedAt, locale, 'dateTime') })
            : t('tandems.agreement.kickoff.private')}
        </p>
        {v.writable ? (
          <Form action={tandemPath(v.tandemId, 'kickoff')} values={v.own} errors={v.errors}>
            {QUESTIONS[v.side].map((q) => (
              <TextArea key={q} name={q} label={question(q)} rows={4} />
            ))}
            <div class="button-row">
              <SubmitButton label="tandems.agreement.kickoff.save" />
              {/* The same form: sharing saves what is typed, in one step. */}
              <button
                type="submit"
                name="teilen"
                value={v.sharedAt ? 'nein' : 'ja'}
                class="kern-btn kern-btn--secondary"
              >
                <span class="kern-label">
                  {t(v.sharedAt ? 'tandems.agreement.kickoff.unshare' : 'tandems.agreement.kickoff.share')}
                </span>
              </button>
            </div>
          </Form>
        ) : (
          <dl class="kern-description-list">
            {QUESTIONS[v.side].map((q) => (
              <div class="kern-description-list-item" key={q}>
                <dt class="kern-description-list-item__key">{t(question(q))}</dt>
                <dd class="kern-description-list-item__value preserve-lines">
                  {v.own[q] || t('tandems.agreement.empty')}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="partner-vorbereitung" class="account-section">
        <h2 class="kern-heading-medium" id="partner-vorbereitung">
          {t('tandems.agreement.kickoff.partner', { name: v.partnerName })}
        </h2>
        {v.partner ? (
          <dl class="kern-description-list">
            {QUESTIONS[partnerSide].map((q) => (
              <div class="kern-description-list-item" key={q}>
                <dt class="kern-description-list-item__key">{t(question(q))}</dt>
                <dd class="kern-description-list-item__value preserve-lines">
                  {v.partner?.[q] || t('tandems.agreement.empty')}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="kern-body">{t('tandems.agreement.kickoff.notShared')}</p>
        )}
      </section>
      <p class="kern-body">
        <a class="kern-link" href={tandemPath(v.tandemId, 'vereinbarung')}>
          {t('tandems.agreement.kickoff.toRecord')}
        </a>
      </p>
    </Page>
  );
}
