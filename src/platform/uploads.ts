import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { MessageKey } from '../i18n/index.ts';
import { ok, type Result, refused } from './result.ts';

/** A file of the community area may be this large (ADR 0020). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * What may be uploaded, by the type its content shows (never by its name): PDF, the office formats
 * of Microsoft and OpenDocument, and pictures. Old binary office files (.doc, .xls) cannot be told
 * apart by content and are not taken.
 */
const ALLOWED: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** The file field's value in the body, as the upload scope leaves it. */
export interface UploadedFile {
  name: string;
  content: Buffer;
  /** The file was larger than the parser reads; content is cut. */
  truncated: boolean;
}

export interface CheckedFile {
  filename: string;
  mediaType: string;
  size: number;
  content: Buffer;
}

export const UPLOAD_ERRORS = {
  missing: 'uploads.error.missing',
  type: 'uploads.error.type',
  size: 'uploads.error.size',
} as const satisfies Record<string, MessageKey>;

export type UploadRefusal = keyof typeof UPLOAD_ERRORS;

/** The uploaded file of a field, if the body holds one that is not empty. */
export function uploadedFile(body: unknown, field: string): UploadedFile | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[field];
  const file = Array.isArray(value) ? value[0] : value;
  if (!file || typeof file !== 'object') return undefined;
  const { content, name, truncated } = file as Partial<UploadedFile>;
  if (!Buffer.isBuffer(content) || content.length === 0) return undefined;
  return { name: typeof name === 'string' ? name : '', content, truncated: truncated === true };
}

/** Checks a file by its content and size; the stored name keeps the person's name with the right ending. */
export async function checkUpload(
  file: UploadedFile | undefined,
): Promise<Result<CheckedFile, UploadRefusal>> {
  if (!file) return refused('missing');
  if (file.truncated || file.content.length > MAX_UPLOAD_BYTES) return refused('size');
  const detected = await fileTypeFromBuffer(file.content);
  const extension = detected ? ALLOWED[detected.mime] : undefined;
  if (!detected || !extension) return refused('type');
  return ok({
    filename: safeName(file.name, extension),
    mediaType: detected.mime,
    size: file.content.length,
    content: file.content,
  });
}

/** The base name without control or path characters, at most 120 characters, ending as its type. */
export function safeName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .slice(0, 120);
  return `${base || 'Datei'}.${extension}`;
}

/** Sends a stored file as a download: never shown in the browser, never sniffed, never cached by others. */
export function sendDownload(
  reply: FastifyReply,
  file: { filename: string; mediaType: string; content: Buffer },
) {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

/**
 * Registers routes that take multipart forms with files: only in this scope, so every other route keeps
 * its form parsing and limits. Files are read into the body next to the fields (the CSRF check reads
 * `_csrf` from the body as for any form); for someone not signed in they are drained unread, and the
 * guard refuses the request right after. Bigger files than allowed are cut and marked `truncated`.
 */
export async function uploadScope(
  app: FastifyInstance,
  limits: { files: number; fieldSize: number },
  register: (scope: FastifyInstance) => void,
) {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile,
      throwFileSizeLimit: false,
      limits: {
        fileSize: MAX_UPLOAD_BYTES,
        files: limits.files,
        fields: 40,
        fieldSize: limits.fieldSize,
        parts: 60,
      },
    });
    register(scope);
  });
}

async function onFile(this: FastifyRequest, part: MultipartFile) {
  if (this.actor.kind === 'anonymous') {
    part.file.resume();
    return;
  }
  const content = await part.toBuffer();
  part.value = { name: part.filename, content, truncated: part.file.truncated } satisfies UploadedFile;
}
