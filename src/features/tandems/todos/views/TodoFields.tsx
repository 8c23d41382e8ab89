import { TODO_OWNERS } from '../../../../db/schema/tandems.ts';
import { SelectField } from '../../../../ui/components/Choice.tsx';
import { TextField, useField } from '../../../../ui/components/Form.tsx';
import { ownerKey } from './labels.ts';

export const ownerOptions = TODO_OWNERS.map((o) => ({ value: o, label: ownerKey(o) }));

/** A to-do's text, owner and due date: the fields of the new to-do and of its change (state from `<Form>`). */
export function TodoFields(props: { titleHint?: boolean }) {
  const owner = useField('zustaendig').value ?? 'both';
  return (
    <>
      <TextField
        name="titel"
        label="tandems.todos.field.title"
        hint={props.titleHint ? 'tandems.todos.field.titleHint' : undefined}
        maxLength={300}
      />
      <SelectField name="zustaendig" label="tandems.todos.field.owner" options={ownerOptions} value={owner} />
      <TextField
        name="faellig"
        type="date"
        label="tandems.todos.field.due"
        hint="tandems.todos.field.dueHint"
        required={false}
      />
    </>
  );
}
