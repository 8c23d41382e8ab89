import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { MessageKey } from '../i18n/index.ts';
import { Page } from '../ui/components/Page.tsx';
import { useView } from '../ui/context.ts';
import { HttpError } from './errors.ts';
import { TooManyRequests } from './rate-limit.ts';

const titles: Record<number, MessageKey> = {
  400: 'error.badRequest.title',
  403: 'error.forbidden.title',
  404: 'error.notFound.title',
  413: 'error.tooLarge.title',
  429: 'error.tooManyRequests.title',
  500: 'error.server.title',
};

function ErrorPage(props: { status: number; message: MessageKey; vars?: Record<string, number> }) {
  const { t, signedIn, path } = useView();
  return (
    <Page title={titles[props.status] ?? 'error.badRequest.title'}>
      <p class="kern-body kern-body--large">{t(props.message, props.vars)}</p>
      <p class="kern-body kern-body--small">{t('error.code', { status: props.status })}</p>
      {props.status === 404 && !signedIn ? (
        <p class="kern-body">
          <a class="kern-link" href={`/anmelden?weiter=${encodeURIComponent(path)}`}>
            {t('error.notFound.signIn')}
          </a>
        </p>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href="/">
          {t('error.backHome')}
        </a>
      </p>
    </Page>
  );
}

const sendError = (reply: FastifyReply, status: number, message: MessageKey, vars?: Record<string, number>) =>
  reply.page(<ErrorPage status={status} message={message} vars={vars} />, status);

/** German error pages for 400, 403, 404, 413, 429 and 500; never a stack trace. */
export function registerErrorPages(app: FastifyInstance) {
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'error.notFound.text'));

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof TooManyRequests) {
      reply.header('retry-after', String(err.retryAfterSeconds));
      const minutes = Math.max(1, Math.ceil(err.retryAfterSeconds / 60));
      return sendError(reply, 429, 'error.tooManyRequests.text', { minutes });
    }
    if (err instanceof HttpError) return sendError(reply, err.statusCode, err.messageKey);
    if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      return sendError(reply, 403, 'error.csrf.text');
    }
    if (err.statusCode === 413) return sendError(reply, 413, 'error.tooLarge.text');
    if (err.statusCode === 404) return sendError(reply, 404, 'error.notFound.text');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, 400, 'error.badRequest.text');
    }
    req.log.error({ err }, 'request failed');
    return sendError(reply, 500, 'error.server.text');
  });
}
