/**
 * The national-scale dataset at `--scale 1`: ten times what one national network of French authorities
 * would hold today (about 5,000 French authorities, 8,000 foreign partners, 13,000 projects). Smaller
 * scales shrink every count in proportion, for CI smoke runs.
 */
export interface DatasetTargets {
  readonly organisations: number;
  readonly partnerships: number;
  readonly actions: number;
  readonly visits: number;
  readonly dialogueEvents: number;
  /** Floor: every initiating authority has at least one account, which may take the count above it. */
  readonly users: number;
  /** Floor: the trail holds every lifecycle event since go-live, which may take the count above it. */
  readonly auditRows: number;
}

export const NATIONAL_SCALE: DatasetTargets = {
  organisations: 50_000,
  partnerships: 80_000,
  actions: 150_000,
  visits: 300_000,
  dialogueEvents: 1_000_000,
  users: 10_000,
  auditRows: 1_000_000,
};

export function targetsAt(scale: number): DatasetTargets {
  if (!(scale > 0 && scale <= 10)) throw new RangeError(`--scale must be in (0, 10], got ${scale}`);
  const scaled = (count: number, minimum: number) => Math.max(minimum, Math.round(count * scale));
  return {
    organisations: scaled(NATIONAL_SCALE.organisations, 20),
    partnerships: scaled(NATIONAL_SCALE.partnerships, 30),
    actions: scaled(NATIONAL_SCALE.actions, 40),
    visits: scaled(NATIONAL_SCALE.visits, 60),
    dialogueEvents: scaled(NATIONAL_SCALE.dialogueEvents, 200),
    users: scaled(NATIONAL_SCALE.users, 10),
    auditRows: scaled(NATIONAL_SCALE.auditRows, 100),
  };
}
