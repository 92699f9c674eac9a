import { type InterfaceLanguage } from '@passerelle/domain';
import type {
  ActionStatus,
  BudgetLineStatus,
  ConventionState,
  CouncilDecisionSubject,
  DialogueAudience,
  DialogueDueStatus,
  FunderKind,
  HandoverContactCapacity,
  KnownActionTheme,
  MotivationCategory,
  OrganisationKind,
  PartnershipForm,
  PartnershipStatus,
  VisitDirection,
} from '@passerelle/domain';

/** The words of the atlas sheet and the handover dossier for the values they print, per language. */
export interface DossierWords {
  form: Record<PartnershipForm, string>;
  status: Record<PartnershipStatus, string>;
  conventionState: Record<ConventionState, string>;
  kind: Record<OrganisationKind, string>;
  theme: Record<KnownActionTheme, string>;
  actionStatus: Record<ActionStatus, string>;
  audience: Record<DialogueAudience, string>;
  dueStatus: Record<DialogueDueStatus, string>;
  funder: Record<FunderKind, string>;
  lineStatus: Record<BudgetLineStatus, string>;
  capacity: Record<HandoverContactCapacity, string>;
  decision: Record<CouncilDecisionSubject, string>;
  motivation: Record<MotivationCategory, string>;
  direction: Record<VisitDirection, string>;
}

export const DOSSIER_WORDS: Record<InterfaceLanguage, DossierWords> = {
  fr: {
    form: {
      decentralised_cooperation: 'Coopération décentralisée',
      twinning: 'Jumelage',
      cross_border: 'Coopération transfrontalière',
      inter_regional: 'Coopération interrégionale',
      network: 'Réseau',
      emergency_aid: 'Aide humanitaire et d’urgence',
      external_action: 'Action extérieure sans convention',
    },
    status: { active: 'Active', suspended: 'Suspendue', terminated: 'Terminée' },
    conventionState: {
      draft: 'Projet en rédaction',
      in_negotiation: 'En négociation',
      approved: 'Approuvée par les conseils',
      signed: 'Signée',
      in_force: 'En vigueur',
      renewed: 'Renouvelée',
      suspended: 'Suspendue',
      expired: 'Expirée',
      terminated: 'Résiliée',
    },
    kind: {
      commune: 'Commune',
      inter_municipal_body: 'Intercommunalité',
      department: 'Département',
      region: 'Région',
      province: 'Province',
      state_level: 'Échelon fédéré',
      other: 'Autre collectivité',
    },
    theme: {
      governance: 'Gouvernance locale',
      water_sanitation: 'Eau et assainissement',
      heritage: 'Patrimoine',
      culture: 'Culture',
      health: 'Santé',
      education: 'Éducation',
      urban_planning: 'Urbanisme',
      waste: 'Déchets',
      tourism: 'Tourisme',
      economic_development: 'Développement économique',
      youth_mobility: 'Jeunesse et mobilité',
      climate: 'Climat',
    },
    actionStatus: {
      planned: 'Prévue',
      in_progress: 'En cours',
      on_hold: 'En pause',
      completed: 'Terminée',
      cancelled: 'Annulée',
    },
    audience: {
      elected_officials: 'Élus',
      technicians: 'Techniciens',
      territory_actors: 'Acteurs du territoire',
    },
    dueStatus: { on_track: 'à jour', due_soon: 'bientôt dû', overdue: 'en retard' },
    funder: {
      own_budget: 'Budget propre',
      ministry_call: 'Appel à projets du ministère',
      development_agency: 'Agence de développement',
      european_union: 'Union européenne',
      other_authority: 'Autre collectivité',
      one_percent_solidarity: '1 % solidaire',
      other: 'Autre financeur',
    },
    lineStatus: { planned: 'Prévu', requested: 'Demandé', granted: 'Accordé', refused: 'Refusé' },
    capacity: {
      international_elected: 'Élu·e en charge des relations internationales',
      international_officer: 'Agent·e en charge des relations internationales',
      elected: 'Élu·e',
      technician: 'Technicien·ne',
      territory_actor: 'Acteur du territoire',
    },
    decision: {
      motivations: 'Motivations',
      convention: 'Approbation de la convention',
      renewal: 'Renouvellement',
      rupture: 'Rupture',
    },
    motivation: {
      political: 'Politique',
      institutional: 'Institutionnelle',
      technical_sectoral: 'Technique ou sectorielle',
      financial: 'Financière',
      economic: 'Économique',
    },
    direction: { to_partner: 'Mission chez le partenaire', from_partner: 'Accueil du partenaire' },
  },
  en: {
    form: {
      decentralised_cooperation: 'Decentralised cooperation',
      twinning: 'Twinning',
      cross_border: 'Cross-border cooperation',
      inter_regional: 'Inter-regional cooperation',
      network: 'Network',
      emergency_aid: 'Emergency humanitarian aid',
      external_action: 'External action without a convention',
    },
    status: { active: 'Active', suspended: 'Suspended', terminated: 'Terminated' },
    conventionState: {
      draft: 'Draft',
      in_negotiation: 'In negotiation',
      approved: 'Approved by the councils',
      signed: 'Signed',
      in_force: 'In force',
      renewed: 'Renewed',
      suspended: 'Suspended',
      expired: 'Expired',
      terminated: 'Terminated',
    },
    kind: {
      commune: 'Municipality',
      inter_municipal_body: 'Inter-municipal body',
      department: 'Department',
      region: 'Region',
      province: 'Province',
      state_level: 'State level',
      other: 'Other authority',
    },
    theme: {
      governance: 'Local governance',
      water_sanitation: 'Water and sanitation',
      heritage: 'Heritage',
      culture: 'Culture',
      health: 'Health',
      education: 'Education',
      urban_planning: 'Urban planning',
      waste: 'Waste',
      tourism: 'Tourism',
      economic_development: 'Economic development',
      youth_mobility: 'Youth and mobility',
      climate: 'Climate',
    },
    actionStatus: {
      planned: 'Planned',
      in_progress: 'In progress',
      on_hold: 'On hold',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    audience: {
      elected_officials: 'Elected officials',
      technicians: 'Technicians',
      territory_actors: 'Territory actors',
    },
    dueStatus: { on_track: 'on track', due_soon: 'due soon', overdue: 'overdue' },
    funder: {
      own_budget: 'Own budget',
      ministry_call: 'Ministry call for projects',
      development_agency: 'Development agency',
      european_union: 'European Union',
      other_authority: 'Other authority',
      one_percent_solidarity: '1 % solidarity',
      other: 'Other funder',
    },
    lineStatus: { planned: 'Planned', requested: 'Requested', granted: 'Granted', refused: 'Refused' },
    capacity: {
      international_elected: 'Elected official in charge of international relations',
      international_officer: 'Officer in charge of international relations',
      elected: 'Elected official',
      technician: 'Technician',
      territory_actor: 'Territory actor',
    },
    decision: {
      motivations: 'Motivations',
      convention: 'Approval of the convention',
      renewal: 'Renewal',
      rupture: 'Rupture',
    },
    motivation: {
      political: 'Political',
      institutional: 'Institutional',
      technical_sectoral: 'Technical or sectoral',
      financial: 'Financial',
      economic: 'Economic',
    },
    direction: { to_partner: 'Visit to the partner', from_partner: 'Partner’s visit' },
  },
};

/** A theme's name; a custom theme (`custom:<slug>`) is written as its slug. */
export function themeName(theme: string, words: DossierWords): string {
  return theme.startsWith('custom:')
    ? theme.slice('custom:'.length).replace(/-/g, ' ')
    : (words.theme[theme as KnownActionTheme] ?? theme);
}
