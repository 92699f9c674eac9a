import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../components/ui/person-picker';
import { PersonRoleBadge } from './person-role-badge';

/**
 * Picks the members of one side of a visit (the delegation, the hosts); someone added by name is a territory
 * actor unless said otherwise.
 */
export function MemberPicker(props: Omit<ComponentProps<typeof PersonPicker>, 'texts' | 'defaultRole'>) {
  const { t } = useTranslation();
  return (
    <PersonPicker
      {...props}
      defaultRole="territory_actor"
      texts={{
        nobodyToPick: t('visits.form.nobodyToPick'),
        addName: t('visits.form.addName'),
        addRole: t('visits.form.addRole'),
        addPerson: t('visits.form.addPerson'),
        roleName: (role) => t(`visits.personRoles.${role}`),
        roleOf: (person) => <PersonRoleBadge role={person.role} />,
      }}
    />
  );
}
