import type { Approach, KnownActionTheme, PartnershipForm } from '@passerelle/domain';
import { type SeededRandom, WeightedTable } from '../random/seeded-random';
import { type Country, FORM_WEIGHTS, PARTNER_COUNTRIES, THEME_WEIGHTS } from './country-catalogue';
import type { DatasetTargets } from './dataset-targets';
import type { GeneratedOrganisation } from './organisations';

/** How far along the method a partnership is (the step that is current), as the generator aims it. */
export const STAGES = [
  'commitment',
  'partner_search',
  'presentation',
  'initiation',
  'convention',
  'actions',
] as const;
export type Stage = (typeof STAGES)[number];

export type PlannedStatus = 'active' | 'suspended' | 'terminated';

/** Everything decided about a partnership before its story is written through the domain. */
export interface PartnershipPlan {
  readonly index: number;
  readonly id: string;
  readonly initiator: GeneratedOrganisation;
  /** Partners in the order they join; empty before a partner is found. */
  readonly partners: readonly GeneratedOrganisation[];
  readonly stage: Stage;
  readonly status: PlannedStatus;
  readonly form: PartnershipForm;
  readonly approach: Approach;
  readonly themes: readonly KnownActionTheme[];
  readonly targetCountries: readonly string[];
  /** Days between the record's creation and the as-of date. */
  readonly ageDays: number;
  readonly visits: number;
  readonly dialogueEvents: number;
  readonly actions: number;
  /** The dialogue stopped some months ago: the relation is falling asleep. */
  readonly sleepingForDays: number;
}

/**
 * Portfolio sizes follow a truncated power law: most authorities run one to three partnerships, a few big
 * cities and regions run about fifty (P(k) ∝ k^-2 on 1…60 gives ~84% at 1–3 and a mean near 2.9).
 */
const PORTFOLIO_EXPONENT = 2;
const LARGEST_PORTFOLIO = 60;
/** A partner authority abroad is rarely in more than this many French partnerships. */
const PARTNER_PORTFOLIO_CAP = 40;

const STAGE_WEIGHTS: ReadonlyArray<readonly [Stage, number]> = [
  ['commitment', 7],
  ['partner_search', 9],
  ['presentation', 8],
  ['initiation', 14],
  ['convention', 20],
  ['actions', 42],
];

/** Days between creation and as-of, by stage: later steps took longer to reach. */
const AGE_RANGE_DAYS: Record<Stage, readonly [number, number]> = {
  commitment: [20, 300],
  partner_search: [60, 500],
  presentation: [120, 700],
  initiation: [200, 1_100],
  convention: [400, 2_200],
  actions: [700, 2_900],
};

const APPROACH_WEIGHTS: ReadonlyArray<readonly [Approach, number]> = [
  ['mutual_interest', 40],
  ['institutional_support', 25],
  ['development', 25],
  ['humanitarian', 10],
];

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** How many partnerships each initiating authority runs, largest first, summing to `total` exactly. */
export function drawPortfolioSizes(total: number, random: SeededRandom): number[] {
  const largest = Math.max(3, Math.min(LARGEST_PORTFOLIO, Math.round(total / 4)));
  const sizes = Array.from({ length: largest }, (_, index) => index + 1);
  const table = new WeightedTable(
    sizes,
    sizes.map((size) => size ** -PORTFOLIO_EXPONENT),
  );
  const drawn: number[] = [];
  let sum = 0;
  while (sum < total) {
    const size = Math.min(table.draw(random), total - sum);
    drawn.push(size);
    sum += size;
  }
  // The flagship authority always has a portfolio of the largest size: it is the dashboard the benchmark reads.
  drawn.sort((a, b) => b - a);
  const shortfall = largest - (drawn[0] ?? 0);
  if (shortfall > 0 && drawn.length > 1) {
    drawn[0] = largest;
    // Take the difference back from the smallest portfolios, keeping each at one or more.
    let toRemove = shortfall;
    for (let i = drawn.length - 1; i > 0 && toRemove > 0; i -= 1) {
      const removable = Math.min(toRemove, (drawn[i] ?? 1) - 1);
      drawn[i] = (drawn[i] ?? 1) - removable;
      toRemove -= removable;
    }
    while (toRemove > 0 && drawn.length > 1) {
      drawn.pop();
      toRemove -= 1;
    }
  }
  return drawn;
}

export interface PlanInputs {
  readonly targets: DatasetTargets;
  readonly frenchAuthorities: readonly GeneratedOrganisation[];
  readonly foreignAuthorities: readonly GeneratedOrganisation[];
  readonly portfolioSizes: readonly number[];
}

/**
 * Plans every partnership: who initiates it (by portfolio size), with whom (countries weighted like French
 * cooperation, each authority leaning towards one to three countries, capitals and big cities chosen more
 * often), how far along it is and how much history it has. Volumes (visits, exchanges, actions) are then
 * shared out so that the totals match the targets exactly.
 */
export function planPartnerships(inputs: PlanInputs, random: SeededRandom): PartnershipPlan[] {
  const countryTable = new WeightedTable(
    PARTNER_COUNTRIES,
    PARTNER_COUNTRIES.map((country) => country.weight),
  );
  const partnersByCountry = groupByCountry(inputs.foreignAuthorities);
  const partnerLoad = new Map<string, number>();
  const stages = WeightedTable.of(STAGE_WEIGHTS);
  const approaches = WeightedTable.of(APPROACH_WEIGHTS);
  const drafts: Array<Omit<PartnershipPlan, 'visits' | 'dialogueEvents' | 'actions'>> = [];
  inputs.portfolioSizes.forEach((size, initiatorIndex) => {
    const initiator = inputs.frenchAuthorities[initiatorIndex];
    if (!initiator) throw new RangeError('more portfolios than French authorities');
    const favourites = Array.from({ length: random.int(1, 3) }, () => countryTable.draw(random));
    const partnersSoFar = new Set<string>();
    for (let n = 0; n < size; n += 1) {
      const country = random.chance(0.7) ? random.pick(favourites) : countryTable.draw(random);
      const stage = stages.draw(random);
      const hasPartner = stageRank(stage) >= stageRank('presentation');
      const partnerCount = hasPartner ? (random.chance(0.05) ? random.int(2, 3) : 1) : 0;
      const partners: GeneratedOrganisation[] = [];
      for (let p = 0; p < partnerCount; p += 1) {
        const partnerCountry = p === 0 ? country : countryTable.draw(random);
        const partner = choosePartner(partnersByCountry, partnerCountry, partnerLoad, partnersSoFar, random);
        if (partner) {
          partners.push(partner);
          partnersSoFar.add(partner.id);
          partnerLoad.set(partner.id, (partnerLoad.get(partner.id) ?? 0) + 1);
        }
      }
      const reachedStage: Stage = partners.length === 0 && hasPartner ? 'partner_search' : stage;
      const statusDraw = random.next();
      const canStop = stageRank(reachedStage) >= stageRank('initiation');
      const status: PlannedStatus =
        canStop && statusDraw < 0.035 ? 'suspended' : canStop && statusDraw < 0.06 ? 'terminated' : 'active';
      const region = (partners[0]?.country ?? country).region;
      const themeTable = WeightedTable.of(THEME_WEIGHTS[region]);
      const themes = [...new Set([themeTable.draw(random), themeTable.draw(random)])];
      const [minAge, maxAge] = AGE_RANGE_DAYS[reachedStage];
      drafts.push({
        index: drafts.length,
        id: random.uuid(),
        initiator,
        partners,
        stage: reachedStage,
        status,
        form: WeightedTable.of(FORM_WEIGHTS[region]).draw(random),
        approach: approaches.draw(random),
        themes,
        targetCountries:
          partners.length > 0 ? [...new Set(partners.map((p) => p.country.code))] : [country.code],
        // Skewed towards the younger end: the platform fills up with new projects over time.
        ageDays: Math.round(minAge + (maxAge - minAge) * random.next() ** 1.4),
        sleepingForDays: random.chance(0.2) ? random.int(120, 400) : 0,
      });
    }
  });
  return shareOutVolumes(drafts, inputs.targets, random);
}

function groupByCountry(authorities: readonly GeneratedOrganisation[]): Map<string, GeneratedOrganisation[]> {
  const byCountry = new Map<string, GeneratedOrganisation[]>();
  for (const authority of authorities) {
    const list = byCountry.get(authority.country.code) ?? [];
    list.push(authority);
    byCountry.set(authority.country.code, list);
  }
  return byCountry;
}

/**
 * A partner in the country, the largest places more often (Zipf over the country's authorities, which
 * are sorted largest first), never twice in one portfolio, and never past the partner cap.
 */
function choosePartner(
  byCountry: Map<string, GeneratedOrganisation[]>,
  country: Country,
  load: Map<string, number>,
  excluded: Set<string>,
  random: SeededRandom,
): GeneratedOrganisation | undefined {
  const candidates = byCountry.get(country.code) ?? [...byCountry.values()].flat();
  if (candidates.length === 0) return undefined;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    // Inverse-transform draw of a Zipf-like rank with exponent ~1 (log-uniform over ranks).
    const rank = Math.floor(Math.exp(random.next() * Math.log(candidates.length + 1))) - 1;
    const candidate = candidates[Math.min(candidates.length - 1, Math.max(0, rank))];
    if (!candidate || excluded.has(candidate.id)) continue;
    if ((load.get(candidate.id) ?? 0) >= PARTNER_PORTFOLIO_CAP) continue;
    return candidate;
  }
  // A small country's authorities are all taken by this portfolio: any authority of the region will do.
  const everywhere = [...byCountry.values()].flat();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const candidate = everywhere[Math.floor(random.next() * everywhere.length)];
    if (candidate && !excluded.has(candidate.id) && (load.get(candidate.id) ?? 0) < PARTNER_PORTFOLIO_CAP)
      return candidate;
  }
  return undefined;
}

/**
 * Shares the visit, exchange and action targets among partnerships by weight (their age and liveliness),
 * after the minimum each stage implies, with cumulative rounding so that the totals are exact.
 */
function shareOutVolumes(
  drafts: ReadonlyArray<Omit<PartnershipPlan, 'visits' | 'dialogueEvents' | 'actions'>>,
  targets: DatasetTargets,
  random: SeededRandom,
): PartnershipPlan[] {
  const liveliness = drafts.map(() => Math.exp(0.6 * random.normal()));
  const rank = (draft: (typeof drafts)[number]) => stageRank(draft.stage);
  const visits = shareOut(
    targets.visits,
    drafts.map((draft) =>
      rank(draft) >= stageRank('convention') ? 2 : rank(draft) === stageRank('initiation') ? 1 : 0,
    ),
    drafts.map((draft, i) =>
      rank(draft) >= stageRank('initiation') ? draft.ageDays * (liveliness[i] ?? 1) : 0,
    ),
  );
  const dialogueEvents = shareOut(
    targets.dialogueEvents,
    drafts.map(() => 0),
    drafts.map((draft, i) => {
      if (rank(draft) < stageRank('initiation')) return 0;
      const activeDays = Math.max(
        0,
        draft.ageDays * (rank(draft) >= stageRank('convention') ? 0.7 : 0.3) - draft.sleepingForDays,
      );
      return activeDays * (liveliness[i] ?? 1) * (rank(draft) >= stageRank('convention') ? 1 : 0.2);
    }),
  );
  const actions = shareOut(
    targets.actions,
    drafts.map((draft) => (draft.stage === 'actions' ? 1 : 0)),
    drafts.map((draft, i) =>
      draft.stage === 'actions'
        ? draft.ageDays * (liveliness[i] ?? 1)
        : draft.stage === 'convention'
          ? 60
          : 0,
    ),
  );
  return drafts.map((draft, i) => ({
    ...draft,
    visits: visits[i] ?? 0,
    dialogueEvents: dialogueEvents[i] ?? 0,
    actions: actions[i] ?? 0,
  }));
}

/** `minimums[i]` each, then the rest in proportion to `weights` (exact total by cumulative rounding). */
export function shareOut(total: number, minimums: readonly number[], weights: readonly number[]): number[] {
  const floor = minimums.reduce((sum, minimum) => sum + minimum, 0);
  const rest = Math.max(0, total - floor);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  let cumulative = 0;
  let assigned = 0;
  return minimums.map((minimum, i) => {
    if (weightSum <= 0) return minimum;
    cumulative += weights[i] ?? 0;
    const upTo = Math.round((cumulative / weightSum) * rest);
    const extra = upTo - assigned;
    assigned = upTo;
    return minimum + extra;
  });
}
