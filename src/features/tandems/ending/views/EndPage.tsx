import { ChoiceGroup } from '../../../../ui/components/Choice.tsx';
import { ErrorSummary, Form, SubmitButton, TextArea } from '../../../../ui/components/Form.tsx';
import { Page } from '../../../../ui/components/Page.tsx';
import { tandemPath } from '../../paths.ts';
import { Back, type MemberPageBase } from '../../support/views/Back.tsx';

/** Ending the tandem: as planned, or early with a reason. */
export function EndPage(props: { view: MemberPageBase }) {
  const v = props.view;
  return (
    <Page title="tandems.help.end.title" lead="tandems.help.end.lead" errors={v.errors}>
      <Back tandemId={v.tandemId} partnerName={v.partnerName} />
      <ErrorSummary errors={v.errors ?? {}} order={['art', 'grund', 'bestaetigt']} />
      <Form action={tandemPath(v.tandemId, 'ende')} values={v.values} errors={v.errors}>
        <ChoiceGroup
          name="art"
          legend="tandems.help.end.kind"
          options={[
            { value: 'planned', label: 'tandems.help.end.planned' },
            { value: 'early', label: 'tandems.help.end.early' },
          ]}
        />
        <TextArea name="grund" label="tandems.help.end.reason" hint="tandems.help.end.reasonHint" rows={3} />
        <ChoiceGroup
          name="bestaetigt"
          legend="tandems.help.end.confirmLegend"
          options={[{ value: 'ja', label: 'tandems.help.end.confirm' }]}
          multiple
        />
        <SubmitButton label="tandems.help.end.submit" />
      </Form>
    </Page>
  );
}
