import type { MessageKey } from '../i18n/index.ts';

/** An error the user should see as a page with this status and German message. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly messageKey: MessageKey,
  ) {
    super(messageKey);
  }
}

export const notFound = () => new HttpError(404, 'error.notFound.text');
export const forbidden = () => new HttpError(403, 'error.forbidden.text');
