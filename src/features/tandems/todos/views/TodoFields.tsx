import { TODO_OWNERS } from '../../../../db/schema/tandems.ts';
import { SelectField } from '../../../../ui/components/Choice.tsx';
import { TextField } from '../../../../ui/components/Form.tsx';
import type { FormErrors } from '../../../../ui/context.ts';
import { ownerKey } from '../../meetings/views/labels.ts';

export const ownerOptions = TODO_OWNERS.map((o) => ({ value: o, label: ownerKey(o) }));

/** A to-do's text, owner and due date: the fields of the new to-do and of its change. */
export function TodoFields(props: {
  values: Record<string, string>;
  errors: FormErrors;
  titleHint?: boolean;
}) {
  return (
    <>
      <TextField
        name="titel"
        label="tandems.todos.field.title"
        hint={props.titleHint ? 'tandems.todos.field.titleHint' : undefined}
        value={props.values.titel}
        errors={props.errors}
        maxLength={300}
      />
      <SelectField
        name="zustaendig"
        label="tandems.todos.field.owner"
        options={ownerOptions}
        value={props.values.zustaendig ?? 'both'}
        errors={props.errors}
      />
      <TextField
        name="faellig"
        type="date"
        label="tandems.todos.field.due"
        hint="tandems.todos.field.dueHint"
        value={props.values.faellig}
        errors={props.errors}
        required={false}
      />
    </>
  );
}
