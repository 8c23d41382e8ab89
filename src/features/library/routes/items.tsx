import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  curateAccess,
  type LibraryItem,
  type LibraryReader,
  libraryAccess,
  programmeName,
  type ReadableItem,
  requireCuratedItem,
  requireLibraryItem,
  requireLibraryReader,
} from '../../../access/library.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import {
  type CheckedFile,
  checkUpload,
  sendDownload,
  UPLOAD_ERRORS,
  uploadedFile,
  uploadScope,
} from '../../../platform/uploads.ts';
import type { FormErrors } from '../../../ui/context.ts';
import { deleteItemPath, editItemPath, itemFilePath, itemPath, LIBRARY, NEW_ITEM } from '../paths.ts';
import { fileFacts, fileOf, ITEMS_PER_PAGE, libraryList } from '../queries/items.ts';
import { modulesList, modulesWithItem } from '../queries/modules.ts';
import {
  AUDIENCE_WORDS,
  audienceWord,
  BOTH,
  checklistEntries,
  type ItemForm,
  itemForm,
  KIND_WORDS,
  kindErrors,
  kindWord,
  listFilters,
} from '../schema.ts';
import { createItem, deleteItem, type ItemInput, updateItem } from '../service/items.ts';
import { ItemFormPage } from '../views/ItemFormPage.tsx';
import { ItemPage } from '../views/ItemPage.tsx';
import { LibraryPage } from '../views/LibraryPage.tsx';

type ItemParams = { Params: { id: string } };

/**
 * The materials' forms take one file, and texts far above their own limit, so that a too long text
 * gets the form's German message with all that was typed.
 */
const UPLOAD_LIMITS = { files: 1, fieldSize: 512 * 1024 };

export const programmeMap = (reader: LibraryReader) =>
  new Map(reader.member.spaces.flatMap((s) => (s.programmeId && s.name ? [[s.programmeId, s.name]] : [])));

const formValues = (item: LibraryItem): Record<string, string> => ({
  art: kindWord(item.kind),
  kategorie: item.category,
  zielgruppe: audienceWord(item.audience),
  programm: item.programmeId ?? BOTH,
  titel: item.title,
  zusammenfassung: item.summary,
  text: item.body,
  adresse: item.url ?? '',
  checkliste: item.checklist.join('\n'),
});

const itemInput = (data: ItemForm, file: CheckedFile | undefined): ItemInput => ({
  kind: KIND_WORDS[data.art],
  category: data.kategorie,
  audience: AUDIENCE_WORDS[data.zielgruppe],
  programmeId: data.programm === BOTH ? null : data.programm,
  title: data.titel,
  summary: data.zusammenfassung,
  body: data.text,
  url: data.adresse || null,
  checklist: checklistEntries(data.checkliste),
  file,
});

/**
 * Parses the material's form with its file: every field's message at once, the file checked by
 * its content when the material is a document (and, on an edit, only when one was chosen).
 */
async function readItemForm(body: unknown, hasFile: boolean) {
  const form = parseForm(itemForm, body);
  const upload = uploadedFile(body, 'datei');
  const errors: FormErrors = { ...kindErrors(body), ...(form.ok ? {} : form.errors) } as FormErrors;
  const kind = (body as Record<string, unknown> | undefined)?.art;
  let file: CheckedFile | undefined;
  if (kind === 'dokument' && (upload || !hasFile)) {
    const checked = await checkUpload(upload);
    if (checked.ok) file = checked.value;
    else errors.datei = UPLOAD_ERRORS[checked.reason];
  }
  if (!form.ok || Object.keys(errors).length > 0) {
    return { ok: false as const, errors, values: submittedValues(body), fileAgain: Boolean(upload) };
  }
  return { ok: true as const, input: itemInput(form.data, file), fileAgain: Boolean(file) };
}

/** /austausch/methoden: the library, a material's page and file; creating, editing, deleting. */
export async function registerItems(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get(LIBRARY, libraryAccess, async (req, reply) => {
    const reader = await requireLibraryReader(req);
    const filters = listFilters.parse(req.query ?? {});
    const { items, total } = await libraryList(db, reader, {
      category: filters.kategorie,
      kind: filters.art ? KIND_WORDS[filters.art] : undefined,
      page: filters.seite,
    });
    const published = (await modulesList(db, reader)).filter((m) => m.module.published);
    const values: Record<string, string> = {};
    if (filters.kategorie) values.kategorie = filters.kategorie;
    if (filters.art) values.art = filters.art;
    return reply.page(
      <LibraryPage
        view={{
          items,
          total,
          page: filters.seite,
          pages: Math.max(1, Math.ceil(total / ITEMS_PER_PAGE)),
          values,
          programmes: programmeMap(reader),
          curates: reader.curates.length > 0,
          progress: { done: published.filter((m) => m.done).length, total: published.length },
        }}
      />,
    );
  });

  const formPage = (
    reply: FastifyReply,
    reader: LibraryReader,
    view: { item?: LibraryItem; values: Record<string, string>; errors?: FormErrors; fileAgain?: boolean },
    file: Awaited<ReturnType<typeof fileFacts>>,
    status = 200,
  ) =>
    reply.page(
      <ItemFormPage
        view={{
          itemId: view.item?.id,
          action: view.item ? editItemPath(view.item.id) : NEW_ITEM,
          scopes: reader.curates,
          values: view.values,
          errors: view.errors,
          file,
          fileAgain: view.fileAgain ?? false,
        }}
      />,
      status,
    );

  app.get(NEW_ITEM, curateAccess, async (req, reply) => {
    const reader = await requireLibraryReader(req);
    const first = reader.curates[0];
    return formPage(
      reply,
      reader,
      { values: { zielgruppe: 'alle', programm: first?.programmeId ?? BOTH } },
      null,
    );
  });

  app.get<ItemParams>(itemPath(':id'), libraryAccess, async (req, reply) => {
    const { reader, item, curated } = await requireLibraryItem(req, req.params.id);
    return reply.page(
      <ItemPage
        view={{
          item,
          file: item.kind === 'document' ? await fileFacts(db, item.fileId) : null,
          programme: programmeName(reader, item.programmeId),
          curated,
          modules: await modulesWithItem(db, reader, item.id),
        }}
      />,
    );
  });

  app.get<ItemParams>(itemFilePath(':id'), libraryAccess, async (req, reply) => {
    const { item } = await requireLibraryItem(req, req.params.id);
    const file = item.kind === 'document' ? await fileOf(db, item.fileId) : null;
    if (!file) throw notFound();
    return sendDownload(reply, file);
  });

  app.get<ItemParams>(editItemPath(':id'), curateAccess, async (req, reply) => {
    const { reader, item } = await requireCuratedItem(req, req.params.id);
    return formPage(reply, reader, { item, values: formValues(item) }, await fileFacts(db, item.fileId));
  });

  app.post<ItemParams>(deleteItemPath(':id'), curateAccess, async (req, reply) => {
    const found = await requireCuratedItem(req, req.params.id);
    await deleteItem(app.deps, found);
    return reply.flash('success', 'library.flash.deleted').redirect(LIBRARY, 303);
  });

  await uploadScope(app, UPLOAD_LIMITS, (scope) => {
    scope.post(NEW_ITEM, curateAccess, async (req, reply) => {
      const reader = await requireLibraryReader(req);
      const read = await readItemForm(req.body, false);
      if (!read.ok) return formPage(reply, reader, read, null, 422);
      const saved = await createItem(app.deps, reader, read.input);
      if (!saved.ok) {
        const errors = { [saved.field!.name]: saved.field!.message };
        return formPage(
          reply,
          reader,
          { values: submittedValues(req.body), errors, fileAgain: read.fileAgain },
          null,
          422,
        );
      }
      return reply.flash('success', 'library.flash.created').redirect(itemPath(saved.value), 303);
    });

    scope.post<ItemParams>(editItemPath(':id'), curateAccess, async (req, reply) => {
      const found: ReadableItem = await requireCuratedItem(req, req.params.id);
      const { reader, item } = found;
      const current = await fileFacts(db, item.fileId);
      const read = await readItemForm(req.body, current !== null);
      if (!read.ok) return formPage(reply, reader, { item, ...read }, current, 422);
      const saved = await updateItem(app.deps, found, read.input);
      if (!saved.ok) {
        const errors = { [saved.field!.name]: saved.field!.message };
        return formPage(
          reply,
          reader,
          { item, values: submittedValues(req.body), errors, fileAgain: read.fileAgain },
          current,
          422,
        );
      }
      return reply.flash('success', 'library.flash.saved').redirect(itemPath(item.id), 303);
    });
  });
}
