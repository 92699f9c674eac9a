import type { ListedPart, SinglePart } from '@passerelle/domain';

/**
 * The table of each part of a partnership kept as records of its own (docs/adr/0011-records-as-rows.md). The
 * dialogue plan, a single part too, has a table with columns of its own (`dialogue_plan`).
 */
export const PARTNERSHIP_PART_TABLES = {
  listed: {
    motivations: 'motivation',
    stakes: 'stake',
    contributions: 'contribution',
    territoryActors: 'associated_territory_actor',
    candidates: 'partner_candidate',
    presentations: 'presentation',
    visits: 'visit',
    actions: 'joint_action',
    conventionHistory: 'past_convention',
  },
  single: {
    convention: 'convention',
    politicalDialogue: 'political_dialogue',
  },
} as const satisfies {
  listed: Record<ListedPart, string>;
  single: Record<Exclude<SinglePart, 'dialoguePlan'>, string>;
};

/** The single parts stored as `content` in a table of the shared shape. */
export type ContentSinglePart = keyof typeof PARTNERSHIP_PART_TABLES.single;
