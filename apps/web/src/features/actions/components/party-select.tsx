import type { FieldControlProps } from '../../../components/ui/form';
import type { PartyNames } from './action-texts';

/** A choice among the partnership's parties, by name: who proposed, who funds, who operates. */
export function PartySelect({
  control,
  names,
  name,
  value,
  onChange,
}: {
  control: FieldControlProps;
  names: PartyNames;
  name?: string;
  value: string;
  onChange: (partyId: string) => void;
}) {
  return (
    <select {...control} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      {names.parties.map((party) => (
        <option key={party.partyId} value={party.partyId}>
          {party.name}
        </option>
      ))}
    </select>
  );
}
