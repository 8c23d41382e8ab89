import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  curateAccess,
  type LibraryModule,
  type LibraryReader,
  libraryAccess,
  programmeName,
  requireCuratedModule,
  requireLibraryModule,
  requireLibraryReader,
} from '../../../access/library.ts';
import { notFound } from '../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import type { FormErrors } from '../../../ui/context.ts';
import {
  completeModulePath,
  deleteModulePath,
  editModulePath,
  MODULES,
  modulePath,
  moveModuleItemPath,
  NEW_MODULE,
  publishModulePath,
} from '../paths.ts';
import { choosableItems } from '../queries/items.ts';
import { moduleItemIds, moduleItems, moduleState, modulesList } from '../queries/modules.ts';
import {
  AUDIENCE_WORDS,
  audienceWord,
  BOTH,
  completionForm,
  moduleForm,
  modulePositions,
  moveForm,
  positionField,
  publishForm,
} from '../schema.ts';
import {
  createModule,
  deleteModule,
  type ModuleInput,
  moveItem,
  setCompleted,
  setPublished,
  updateModule,
} from '../service/modules.ts';
import { ModuleFormPage } from '../views/ModuleFormPage.tsx';
import { ModulePage } from '../views/ModulePage.tsx';
import { ModulesPage } from '../views/ModulesPage.tsx';
import { programmeMap } from './items.tsx';

type ModuleParams = { Params: { id: string } };

const moduleValues = (module: LibraryModule, itemIds: string[]): Record<string, string> => ({
  titel: module.title,
  beschreibung: module.description,
  zielgruppe: audienceWord(module.audience),
  programm: module.programmeId ?? BOTH,
  ...Object.fromEntries(itemIds.map((id, i) => [positionField(id), String(i + 1)])),
});

/** The module form's fields and its materials' positions, every message at once. */
function readModuleForm(
  body: unknown,
  candidates: string[],
): { ok: true; input: ModuleInput } | { ok: false; errors: FormErrors } {
  const form = parseForm(moduleForm, body);
  const positions = modulePositions(body, candidates);
  if (!form.ok || !positions.ok) {
    return {
      ok: false,
      errors: { ...(form.ok ? {} : form.errors), ...(positions.ok ? {} : positions.errors) },
    };
  }
  return {
    ok: true,
    input: {
      title: form.data.titel,
      description: form.data.beschreibung,
      audience: AUDIENCE_WORDS[form.data.zielgruppe],
      programmeId: form.data.programm === BOTH ? null : form.data.programm,
      itemIds: positions.itemIds,
    },
  };
}

/** /austausch/methoden/schulung: training modules, marking one done; curating them. */
export function registerModules(app: FastifyInstance) {
  const db = app.deps.database.db;

  app.get(MODULES, libraryAccess, async (req, reply) => {
    const reader = await requireLibraryReader(req);
    return reply.page(
      <ModulesPage
        modules={await modulesList(db, reader)}
        programmes={programmeMap(reader)}
        curates={reader.curates.length > 0}
        mentor={reader.allMentorMaterials || reader.mentorOf.length > 0}
      />,
    );
  });

  const formPage = async (
    reply: FastifyReply,
    reader: LibraryReader,
    view: { moduleId?: string; values: Record<string, string>; errors?: FormErrors },
    status = 200,
  ) =>
    reply.page(
      <ModuleFormPage
        view={{
          moduleId: view.moduleId,
          action: view.moduleId ? editModulePath(view.moduleId) : NEW_MODULE,
          scopes: reader.curates,
          items: await choosableItems(db, reader),
          programmes: programmeMap(reader),
          values: view.values,
          errors: view.errors,
        }}
      />,
      status,
    );

  const candidates = async (reader: LibraryReader) => (await choosableItems(db, reader)).map((i) => i.id);

  app.get(NEW_MODULE, curateAccess, async (req, reply) => {
    const reader = await requireLibraryReader(req);
    return formPage(reply, reader, {
      values: { zielgruppe: 'mentorinnen', programm: reader.curates[0]?.programmeId ?? BOTH },
    });
  });

  app.post(NEW_MODULE, curateAccess, async (req, reply) => {
    const reader = await requireLibraryReader(req);
    const read = readModuleForm(req.body, await candidates(reader));
    const values = submittedValues(req.body);
    if (!read.ok) return formPage(reply, reader, { values, errors: read.errors }, 422);
    const saved = await createModule(app.deps, reader, read.input);
    if (!saved.ok) {
      return formPage(reply, reader, { values, errors: { [saved.field!.name]: saved.field!.message } }, 422);
    }
    return reply.flash('success', 'library.flash.moduleCreated').redirect(modulePath(saved.value), 303);
  });

  app.get<ModuleParams>(modulePath(':id'), libraryAccess, async (req, reply) => {
    const { reader, module, curated } = await requireLibraryModule(req, req.params.id);
    const state = await moduleState(db, reader, module);
    return reply.page(
      <ModulePage
        view={{
          module,
          programme: programmeName(reader, module.programmeId),
          items: await moduleItems(db, reader, module.id),
          doneAt: state.doneAt,
          completedBy: state.completedBy,
          curated,
          mayComplete: reader.member.actor.kind === 'participant',
        }}
      />,
    );
  });

  app.get<ModuleParams>(editModulePath(':id'), curateAccess, async (req, reply) => {
    const { reader, module } = await requireCuratedModule(req, req.params.id);
    return formPage(reply, reader, {
      moduleId: module.id,
      values: moduleValues(module, await moduleItemIds(db, module.id)),
    });
  });

  app.post<ModuleParams>(editModulePath(':id'), curateAccess, async (req, reply) => {
    const found = await requireCuratedModule(req, req.params.id);
    const { reader, module } = found;
    const read = readModuleForm(req.body, await candidates(reader));
    const values = submittedValues(req.body);
    if (!read.ok) return formPage(reply, reader, { moduleId: module.id, values, errors: read.errors }, 422);
    const saved = await updateModule(app.deps, found, read.input);
    if (!saved.ok) {
      const errors = { [saved.field!.name]: saved.field!.message };
      return formPage(reply, reader, { moduleId: module.id, values, errors }, 422);
    }
    return reply.flash('success', 'library.flash.moduleSaved').redirect(modulePath(module.id), 303);
  });

  app.post<ModuleParams>(completeModulePath(':id'), libraryAccess, async (req, reply) => {
    const found = await requireLibraryModule(req, req.params.id);
    if (!found.module.published || found.reader.member.actor.kind !== 'participant') throw notFound();
    const form = parseForm(completionForm, req.body);
    if (!form.ok) return reply.redirect(modulePath(found.module.id), 303);
    const done = form.data.erledigt === 'ja';
    await setCompleted(app.deps, found, done);
    return reply
      .flash('success', done ? 'library.flash.completed' : 'library.flash.uncompleted')
      .redirect(modulePath(found.module.id), 303);
  });

  app.post<ModuleParams>(moveModuleItemPath(':id'), curateAccess, async (req, reply) => {
    const found = await requireCuratedModule(req, req.params.id);
    const form = parseForm(moveForm, req.body);
    if (form.ok) await moveItem(app.deps, found, form.data.material, form.data.richtung === 'hoch');
    return reply
      .flash('success', 'library.flash.moved')
      .redirect(`${modulePath(found.module.id)}#material-${form.ok ? form.data.material : ''}`, 303);
  });

  app.post<ModuleParams>(publishModulePath(':id'), curateAccess, async (req, reply) => {
    const found = await requireCuratedModule(req, req.params.id);
    const form = parseForm(publishForm, req.body);
    if (!form.ok) return reply.redirect(modulePath(found.module.id), 303);
    const published = form.data.veroeffentlicht === 'ja';
    await setPublished(app.deps, found, published);
    return reply
      .flash('success', published ? 'library.flash.published' : 'library.flash.unpublished')
      .redirect(modulePath(found.module.id), 303);
  });

  app.post<ModuleParams>(deleteModulePath(':id'), curateAccess, async (req, reply) => {
    const found = await requireCuratedModule(req, req.params.id);
    await deleteModule(app.deps, found);
    return reply.flash('success', 'library.flash.moduleDeleted').redirect(MODULES, 303);
  });
}
