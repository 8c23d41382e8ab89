import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../i18n/index.ts';
import { Alert } from './components/Alert.tsx';
import { CsrfField } from './components/Form.tsx';
import { useView } from './context.ts';

const footerLinks: { href: string; label: MessageKey }[] = [
  { href: '/impressum', label: 'footer.imprint' },
  { href: '/datenschutz', label: 'footer.privacy' },
  { href: '/barrierefreiheit', label: 'footer.accessibility' },
  { href: '/leichte-sprache', label: 'footer.easyLanguage' },
];

export function Layout(props: { title: string; children: ComponentChildren }) {
  const v = useView();
  const { t } = v;
  if (v.fragment) return <>{props.children}</>;
  return (
    <html lang={v.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${t('app.name')}`}</title>
        <meta
          name="htmx-config"
          content='{"allowEval":false,"includeIndicatorStyles":false,"allowScriptTags":false}'
        />
        <link rel="stylesheet" href="/static/kern/fonts/fira-sans.css" />
        <link rel="stylesheet" href="/static/kern/kern.min.css" />
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script src="/static/htmx.min.js" defer />
        <script src="/static/app.js" defer />
      </head>
      <body>
        <a class="skip-link kern-link" href="#inhalt">
          {t('layout.skipLink')}
        </a>
        {v.mode === 'demo' ? (
          // A named region, so that screen readers list it among the landmarks and axe finds no stray text.
          <section class="demo-banner" aria-labelledby="demo-hinweis">
            <p class="kern-container demo-banner__text" id="demo-hinweis">
              {t('layout.demoBanner')}
            </p>
          </section>
        ) : null}
        <header class="site-header">
          <div class="kern-container site-header__inner">
            <a class="site-name" href="/">
              <span class="site-name__title">{t('app.name')}</span>
              <span class="site-name__tagline">{t('app.tagline')}</span>
            </a>
            <form method="post" action="/sprache" class="language-switch">
              <CsrfField />
              <input type="hidden" name="zurueck" value={v.path} />
              <span class="kern-sr-only">{t('layout.language')}</span>
              {v.locale === 'de' ? (
                <button
                  type="submit"
                  class="kern-btn kern-btn--tertiary kern-btn--x-small"
                  name="sprache"
                  value="en"
                  lang="en"
                >
                  <span class="kern-label">English</span>
                </button>
              ) : (
                <button
                  type="submit"
                  class="kern-btn kern-btn--tertiary kern-btn--x-small"
                  name="sprache"
                  value="de"
                  lang="de"
                >
                  <span class="kern-label">Deutsch</span>
                </button>
              )}
            </form>
          </div>
          <nav class="main-nav" aria-label={t('layout.mainNav')}>
            <ul class="kern-container">
              {v.nav.map((item) => (
                <li key={item.href}>
                  <a
                    class="kern-link"
                    href={item.href}
                    aria-current={v.path === item.href ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </a>
                </li>
              ))}
              {v.signedIn ? (
                <li>
                  <a
                    class="kern-link"
                    href="/benachrichtigungen"
                    aria-current={v.path === '/benachrichtigungen' ? 'page' : undefined}
                  >
                    {t('notifications.nav')}
                    {v.unread ? (
                      <>
                        {' '}
                        <span class="kern-badge kern-badge--info" aria-hidden="true">
                          {v.unread}
                        </span>
                        <span class="kern-sr-only">{t('notifications.nav.unread', { count: v.unread })}</span>
                      </>
                    ) : null}
                  </a>
                </li>
              ) : null}
              {v.signedIn ? (
                <li class="main-nav__end">
                  <form method="post" action="/abmelden">
                    <CsrfField />
                    <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small">
                      <span class="kern-label">{t('nav.logout')}</span>
                    </button>
                  </form>
                </li>
              ) : null}
            </ul>
          </nav>
          {v.subNav ? (
            <nav class="main-nav sub-nav" aria-label={t('layout.subNav')}>
              <ul class="kern-container">
                {v.subNav.map((item) => (
                  <li key={item.href}>
                    <a class="kern-link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                      {t(item.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="inhalt" tabindex={-1} class="kern-container site-main">
          {v.flash ? <Alert kind={v.flash.kind} title={t(v.flash.key)} live /> : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="kern-container">
            <nav aria-label={t('layout.footerNav')}>
              <ul class="kern-list kern-list--horizontal">
                {footerLinks.map((l) => (
                  <li key={l.href}>
                    <a class="kern-link" href={l.href}>
                      {t(l.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <p class="kern-body kern-body--small">{t('footer.licence')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
