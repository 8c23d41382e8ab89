import type { FastifyInstance } from 'fastify';
import { parseForm, submittedValues } from '../../../platform/forms.ts';
import { formRateLimit } from '../../../platform/rate-limit.ts';
import { ChoiceGroup } from '../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/components/Form.tsx';
import { MessagePage } from '../../../ui/components/MessagePage.tsx';
import { Page } from '../../../ui/components/Page.tsx';
import type { FormErrors } from '../../../ui/context.ts';
import { findProgrammeBySlug, listAllProgrammes, type Programme } from '../../programmes/index.ts';
import { eligibilityQuestionForm } from '../schema.ts';
import { askEligibility } from '../service.ts';

function QuestionPage(props: {
  programmes: Programme[];
  values?: Record<string, string>;
  errors?: FormErrors;
}) {
  return (
    <Page title="registration.question.title" lead="registration.question.lead" errors={props.errors}>
      <ErrorSummary errors={props.errors ?? {}} order={['programme', 'name', 'email', 'question']} />
      <Form action="/registrierung/frage" values={props.values} errors={props.errors}>
        <ChoiceGroup
          name="programme"
          legend="registration.field.programme"
          options={props.programmes.map((p) => ({
            value: p.slug,
            label: { text: `${p.name} (${p.agency})` },
          }))}
        />
        <TextField name="name" label="form.name" autocomplete="name" maxLength={200} />
        <TextField name="email" type="email" label="form.email" autocomplete="email" />
        <TextArea
          name="question"
          label="registration.question.field"
          hint="registration.question.hint"
          rows={6}
        />
        <SubmitButton label="registration.question.submit" />
      </Form>
    </Page>
  );
}

/** "Do I belong to the target group?": a question to the programme's coordinators, without registering. */
export function registerQuestionRoutes(app: FastifyInstance) {
  const deps = app.deps;
  const db = deps.database.db;

  app.get('/registrierung/frage', { config: { access: 'public.view' } }, async (req, reply) => {
    const user = req.session?.stage === 'full' ? req.session.user : null;
    const values = user ? { name: user.name, email: user.email } : undefined;
    return reply.page(<QuestionPage programmes={await listAllProgrammes(db)} values={values} />);
  });

  app.post(
    '/registrierung/frage',
    { config: { access: 'public.view', ...formRateLimit } },
    async (req, reply) => {
      const form = parseForm(eligibilityQuestionForm, req.body);
      const programme = form.ok ? await findProgrammeBySlug(db, form.data.programme) : null;
      if (!form.ok || !programme) {
        const errors: FormErrors = form.ok ? { programme: 'registration.error.programme' } : form.errors;
        const values = submittedValues(req.body);
        return reply.page(
          <QuestionPage programmes={await listAllProgrammes(db)} values={values} errors={errors} />,
          422,
        );
      }
      await askEligibility(deps, { ...form.data, programme, locale: req.locale });
      return reply.redirect('/registrierung/frage/gesendet', 303);
    },
  );

  app.get('/registrierung/frage/gesendet', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(
      <MessagePage
        title="registration.question.sentTitle"
        text="registration.question.sent"
        next={{ href: '/', label: 'nav.home' }}
      />,
    ),
  );

  app.get('/registrierung/eingegangen', { config: { access: 'public.view' } }, async (_req, reply) =>
    reply.page(
      <MessagePage
        title="registration.doneTitle"
        text="registration.doneText"
        next={{ href: '/anmelden', label: 'nav.login' }}
      />,
    ),
  );
}
