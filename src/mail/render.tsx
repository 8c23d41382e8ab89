import { renderToString } from 'preact-render-to-string';
import { type Locale, type MessageKey, translator } from '../i18n/index.ts';

/** A mail is built from catalogue keys only, so every mail exists in every language. */
export interface MailContent {
  template: string;
  subject: MessageKey;
  paragraphs: MessageKey[];
  action?: { label: MessageKey; url: string };
  /** Shown after the button, e.g. how long a link is valid. */
  after?: MessageKey[];
  vars?: Record<string, string | number>;
  /** A list after the paragraphs: each line a sentence with values of its own and a link (a digest's entries). */
  items?: MailItem[];
  /** Small links at the end, before the signature (e.g. to unsubscribe). */
  footer?: { label: MessageKey; url: string }[];
}

export interface MailItem {
  text: MessageKey;
  vars?: Record<string, string | number>;
  url: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  const t = translator(locale);
  const v = content.vars ?? {};
  const paragraphs = content.paragraphs.map((k) => t(k, v));
  const after = (content.after ?? []).map((k) => t(k, v));
  const subject = t(content.subject, v);
  const greeting = t('mail.greeting', v);
  const signature = t('mail.signature');
  const items = (content.items ?? []).map((i) => ({ text: t(i.text, i.vars ?? {}), url: i.url }));
  const footer = (content.footer ?? []).map((f) => ({ label: t(f.label, v), url: f.url }));
  const textParts = [greeting, ...paragraphs];
  if (items.length > 0) textParts.push(items.map((i) => `- ${i.text}\n  ${i.url}`).join('\n\n'));
  if (content.action) textParts.push(`${t(content.action.label, v)}:\n${content.action.url}`);
  textParts.push(...after, ...footer.map((f) => `${f.label}:\n${f.url}`), signature);
  const html = renderToString(
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <title>{subject}</title>
      </head>
      <body style="font-family: 'Fira Sans', Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #171a2b;">
        <p>{greeting}</p>
        {paragraphs.map((p) => (
          <p key={p} style="white-space: pre-line;">
            {p}
          </p>
        ))}
        {items.length > 0 ? (
          <ul>
            {items.map((i) => (
              <li key={i.url} style="margin-bottom: 8px;">
                <a href={i.url}>{i.text}</a>
              </li>
            ))}
          </ul>
        ) : null}
        {content.action ? (
          <p>
            <a
              href={content.action.url}
              style="display: inline-block; padding: 12px 20px; background: #0b2a63; color: #ffffff; text-decoration: underline;"
            >
              {t(content.action.label, v)}
            </a>
          </p>
        ) : null}
        {content.action ? (
          <p style="font-size: 14px;">
            {t('mail.linkFallback')} {content.action.url}
          </p>
        ) : null}
        {after.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {footer.map((f) => (
          <p key={f.url} style="font-size: 14px;">
            <a href={f.url}>{f.label}</a>
          </p>
        ))}
        <p style="white-space: pre-line;">{signature}</p>
      </body>
    </html>,
  );
  return { subject, text: textParts.join('\n\n'), html: `<!DOCTYPE html>${html}` };
}
