import type { FastifyInstance } from 'fastify';
import { communityAccess, requireTip } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { postingRateLimit } from '../../../platform/rate-limit.ts';
import {
  checkUpload,
  sendDownload,
  UPLOAD_ERRORS,
  uploadedFile,
  uploadScope,
} from '../../../platform/uploads.ts';
import { filePath, tipAction, tipPath } from '../paths.ts';
import { tipFile } from '../queries.ts';
import { attachFile, removeFile } from '../service/files.ts';
import type { TipParams } from './tip.tsx';
import { tipView } from './tip.tsx';

type FileParams = { Params: { id: string; fileId: string } };

const uploading = { config: { access: 'community.view' as const, ...postingRateLimit } };

/** A tip's attachments: upload (checked by content), download (as an attachment), remove. */
export async function registerTipFiles(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get<FileParams>(filePath(':id', ':fileId'), communityAccess, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    const file = await tipFile(db, found.tip.id, req.params.fileId);
    if (!file) throw notFound();
    return sendDownload(reply, file);
  });

  app.post<FileParams>(`${filePath(':id', ':fileId')}/entfernen`, uploading, async (req, reply) => {
    const found = await requireTip(req, req.params.id);
    const done = await removeFile(app.deps, found, req.params.fileId);
    if (!done.ok && done.reason === 'unknown') throw notFound();
    if (!done.ok) return reply.page(await tipView(req, found, {}, { datei: 'tips.error.state' }), 409);
    return reply
      .flash('success', 'tips.flash.fileRemoved')
      .redirect(`${tipPath(found.tip.id)}#anhaenge-titel`, 303);
  });

  await uploadScope(app, { files: 1, fieldSize: 1_000 }, (scope) => {
    scope.post<TipParams>(tipAction(':id', 'anhaenge'), uploading, async (req, reply) => {
      const found = await requireTip(req, req.params.id);
      const checked = await checkUpload(uploadedFile(req.body, 'datei'));
      if (!checked.ok) {
        return reply.page(await tipView(req, found, {}, { datei: UPLOAD_ERRORS[checked.reason] }), 422);
      }
      const done = await attachFile(app.deps, found, checked.value);
      if (!done.ok) {
        return reply.page(await tipView(req, found, {}, { datei: done.field!.message }), 409);
      }
      return reply
        .flash('success', 'tips.flash.fileAdded')
        .redirect(`${tipPath(found.tip.id)}#anhaenge-titel`, 303);
    });
  });
}
