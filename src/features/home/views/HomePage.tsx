import { Page } from '../../../ui/components/Page.tsx';
import { useView } from '../../../ui/context.ts';
import type { ProgrammeSummary } from '../queries.ts';

export function HomePage(props: { programmes: ProgrammeSummary[] }) {
  const { t, signedIn } = useView();
  return (
    <Page title="home.title" lead="home.lead">
      <section aria-labelledby="programme">
        <h2 class="kern-heading-medium" id="programme">
          {t('home.programmes')}
        </h2>
        <ul class="card-list">
          {props.programmes.map((p) => (
            <li key={p.slug} class="kern-card">
              <div class="kern-card__container">
                <div class="kern-card__header">
                  <p class="kern-preline">{p.agency}</p>
                  <h3 class="kern-title">{p.name}</h3>
                </div>
                <div class="kern-card__body">
                  <p class="kern-body">{p.description}</p>
                  <p class="kern-body kern-body--small">
                    {t('home.contact')}{' '}
                    <a class="kern-link" href={`mailto:${p.contactEmail}`}>
                      {p.contactEmail}
                    </a>
                  </p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="so-geht-es">
        <h2 class="kern-heading-medium" id="so-geht-es">
          {t('home.howItWorks')}
        </h2>
        <ol class="kern-list kern-list--number">
          <li>{t('home.step1')}</li>
          <li>{t('home.step2')}</li>
          <li>{t('home.step3')}</li>
        </ol>
        {signedIn ? null : (
          <p class="kern-btn-wrapper">
            <a class="kern-btn kern-btn--primary" href="/konto/erstellen">
              <span class="kern-label">{t('home.ctaSignup')}</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href="/anmelden">
              <span class="kern-label">{t('home.ctaLogin')}</span>
            </a>
          </p>
        )}
      </section>
    </Page>
  );
}
