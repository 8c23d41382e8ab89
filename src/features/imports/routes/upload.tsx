import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { coordinatedProgrammes, requireSignedIn } from '../../../access/index.ts';
import { forbidden } from '../../../platform/errors.ts';
import { can } from '../../../policy/index.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { createImportDraft } from '../drafts.ts';
import { parseUpload } from '../parse.ts';
import { UploadPage } from '../views/UploadPage.tsx';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What the multipart parser leaves in the body for the file field. */
interface UploadedFile {
  name: string;
  content: Buffer;
}

/**
 * Reads the uploaded file into the body, next to the form fields, so that the CSRF check (which reads
 * `_csrf` from the body) works as for any form. For someone who may not import, the file is drained
 * unread: the guard refuses the request right after.
 */
async function onFile(this: FastifyRequest, part: MultipartFile) {
  if (!can(this.actor, 'import.run')) {
    part.file.resume();
    return;
  }
  part.value = { name: part.filename, content: await part.toBuffer() } satisfies UploadedFile;
}

/** Step 1: choose a programme (among the actor's) and upload the file. */
export async function registerUploadRoutes(app: FastifyInstance) {
  const deps = app.deps;

  app.get('/koordination/import', { config: { access: 'import.run' } }, async (req, reply) =>
    reply.page(<UploadPage programmes={await coordinatedProgrammes(req)} />),
  );

  // Multipart only in this scope: every other route keeps its form parsing and its 64 KiB limit.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile,
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1_000, parts: 8 },
    });

    scope.post('/koordination/import', { config: { access: 'import.run' } }, async (req, reply) => {
      const actor = requireSignedIn(req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const programmes = await coordinatedProgrammes(req);
      const programmeId = typeof body.programm === 'string' ? body.programm : '';
      const file = body.datei as UploadedFile | undefined;
      const errors: FormErrors = {};
      if (programmeId === '') errors.programm = 'imports.upload.error.programme';
      else if (!programmes.some((p) => p.id === programmeId)) throw forbidden();
      if (!file?.content || !Buffer.isBuffer(file.content) || file.content.length === 0)
        errors.datei = 'imports.upload.error.file';
      const page = (errs: FormErrors) =>
        reply.page(<UploadPage programmes={programmes} programmeId={programmeId} errors={errs} />, 422);
      if (Object.keys(errors).length > 0 || !file) return page(errors);

      const parsed = await parseUpload(file.content);
      if (!parsed.ok) return page({ datei: parsed.error });
      const token = await createImportDraft(deps.database.db, {
        programmeId,
        actorId: actor.userId,
        fileName: (file.name || 'Datei').slice(0, 200),
        sheet: parsed.sheet,
        now: deps.clock(),
      });
      return reply.redirect(`/koordination/import/${token}/zuordnung`, 303);
    });
  });
}
