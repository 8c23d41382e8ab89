import type { MessageKey } from '../../../../i18n/index.ts';
import { Form, SubmitButton } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { useView } from '../../../../ui/context.ts';
import { TANDEMS_PATH } from '../../paths.ts';

function Steps(props: { id: string; title: MessageKey; steps: MessageKey[] }) {
  const { t } = useView();
  return (
    <section aria-labelledby={props.id} class="account-section">
      <h2 class="kern-heading-medium" id={props.id}>
        {t(props.title)}
      </h2>
      <ol class="kern-list">
        {props.steps.map((s) => (
          <li key={s}>{t(s)}</li>
        ))}
      </ol>
    </section>
  );
}

/** The person's private feed address, how to subscribe to it, and how to renew it. */
export function CalendarPage(props: { feedUrl: string }) {
  const { t } = useView();
  return (
    <Page title="tandems.calendar.page.title" lead="tandems.calendar.page.lead">
      <p class="kern-body">
        <a class="kern-link" href={TANDEMS_PATH}>
          {t('tandems.calendar.page.back')}
        </a>
      </p>
      <section aria-labelledby="adresse" class="account-section">
        <h2 class="kern-heading-medium" id="adresse">
          {t('tandems.calendar.page.address')}
        </h2>
        <div class="kern-form-input">
          <label class="kern-label" for="feed-adresse">
            {t('tandems.calendar.page.addressLabel')}
          </label>
          <div class="kern-hint" id="feed-adresse-hinweis">
            {t('tandems.calendar.page.addressHint')}
          </div>
          <input
            class="kern-form-input__input"
            id="feed-adresse"
            type="text"
            readonly
            value={props.feedUrl}
            aria-describedby="feed-adresse-hinweis"
          />
        </div>
        <p class="kern-body">{t('tandems.calendar.page.secret')}</p>
      </section>
      <Steps
        id="outlook"
        title="tandems.calendar.outlook.title"
        steps={[
          'tandems.calendar.outlook.step1',
          'tandems.calendar.outlook.step2',
          'tandems.calendar.outlook.step3',
        ]}
      />
      <Steps
        id="thunderbird"
        title="tandems.calendar.thunderbird.title"
        steps={[
          'tandems.calendar.thunderbird.step1',
          'tandems.calendar.thunderbird.step2',
          'tandems.calendar.thunderbird.step3',
        ]}
      />
      <p class="kern-body">{t('tandems.calendar.page.refresh')}</p>
      <section aria-labelledby="erneuern" class="account-section">
        <h2 class="kern-heading-medium" id="erneuern">
          {t('tandems.calendar.renew.title')}
        </h2>
        <p class="kern-body">{t('tandems.calendar.renew.hint')}</p>
        <Form action="/kalender/erneuern">
          <SubmitButton label="tandems.calendar.renew.submit" kind="secondary" />
        </Form>
      </section>
    </Page>
  );
}
