import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../components/ui/person-picker';

/** Picks the participants of one party for one audience of the dialogue plan. */
export function ParticipantPicker(props: Omit<ComponentProps<typeof PersonPicker>, 'texts'>) {
  const { t } = useTranslation();
  return (
    <PersonPicker
      {...props}
      texts={{
        nobodyToPick: t('dialogue.planForm.nobodyToPick'),
        addName: t('dialogue.planForm.addName'),
        addRole: t('dialogue.planForm.addRole'),
        addPerson: t('dialogue.planForm.addPerson'),
        roleName: (role) => t(`dialogue.personRoles.${role}`),
        roleOf: (person) => `(${t(`dialogue.personRoles.${person.role}`)})`,
      }}
    />
  );
}
