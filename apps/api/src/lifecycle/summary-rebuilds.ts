import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assessPartnership } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { PartnershipRepository } from './partnership.repository';
import {
  PartnershipSummaryRepository,
  summaryOf,
  type PartnershipSummary,
} from './partnership-summary.repository';

/** Documents loaded and assessed at once: an authority's whole portfolio need never be in memory at once. */
const REBUILD_BATCH = 50;

/** A partnership whose stored summary a reader found out of date, at the revision that reader saw. */
export interface StaleSummary {
  readonly partnershipId: string;
  readonly revision: number;
}

/**
 * Shares the rebuilds of out-of-date summaries between concurrent readers of this process: every dashboard
 * of an authority opened at the start of a day finds the same summaries stale, and each would otherwise
 * load and assess every document. A reader joins a rebuild under way for the revision it saw (the rebuild
 * loads that revision or a later one, never an earlier one); the others are built a batch at a time.
 */
export class SharedRebuilds {
  private readonly inFlight = new Map<string, Promise<PartnershipSummary | undefined>>();
  /** Batches run one after the other, whoever asked for them. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly build: (partnershipIds: readonly string[], now: Date) => Promise<PartnershipSummary[]>,
  ) {}

  /**
   * The summaries, rebuilt as of `now` or joined (a rebuild under way started a moment earlier); a
   * partnership that no longer exists has none.
   */
  async rebuild(stale: readonly StaleSummary[], now: Date): Promise<PartnershipSummary[]> {
    const missing = stale.filter((entry) => !this.inFlight.has(keyOf(entry)));
    for (let start = 0; start < missing.length; start += REBUILD_BATCH) {
      const batch = missing.slice(start, start + REBUILD_BATCH);
      const built = this.queue.then(() =>
        this.build(
          batch.map((entry) => entry.partnershipId),
          now,
        ),
      );
      this.queue = built.catch(() => undefined);
      for (const entry of batch) this.share(keyOf(entry), built, entry.partnershipId);
    }
    const summaries = await Promise.all(stale.map((entry) => this.inFlight.get(keyOf(entry))));
    return summaries.filter((summary): summary is PartnershipSummary => summary !== undefined);
  }

  private share(key: string, built: Promise<PartnershipSummary[]>, partnershipId: string): void {
    const one = built.then((summaries) =>
      summaries.find((summary) => summary.partnershipId === partnershipId),
    );
    this.inFlight.set(key, one);
    const forget = () => {
      if (this.inFlight.get(key) === one) this.inFlight.delete(key);
    };
    one.then(forget, forget);
  }
}

function keyOf(entry: StaleSummary): string {
  return `${entry.partnershipId}@${entry.revision}`;
}

/** Partnerships a rebuild reads whole at once. */
const PARTNERSHIPS_LOADED_AT_ONCE = 10;

/**
 * Recomputes out-of-date portfolio summaries (with the page's assessment) as of now and stores them, for the
 * portfolio and the partnership page alike, sharing concurrent rebuilds (`SharedRebuilds`).
 */
@Injectable()
export class SummaryRebuilds {
  private readonly logger = new Logger(SummaryRebuilds.name);
  private readonly summaries = new PartnershipSummaryRepository();
  private readonly shared = new SharedRebuilds((partnershipIds, now) => this.build(partnershipIds, now));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PartnershipRepository,
  ) {}

  /** Summaries assessed as of `now` (or by a rebuild under way, started a moment earlier). */
  rebuild(stale: readonly StaleSummary[], now: Date): Promise<PartnershipSummary[]> {
    return this.shared.rebuild(stale, now);
  }

  /**
   * Loads and assesses the partnerships, a few at a time, and stores their summaries (a failure to store only
   * logs). The assessment reads a partnership whole, history included: a busy one is megabytes once decoded,
   * and a portfolio of sixty rebuilt at once would not fit in the API's memory.
   */
  private async build(partnershipIds: readonly string[], now: Date): Promise<PartnershipSummary[]> {
    const assessed: PartnershipSummary[] = [];
    for (let start = 0; start < partnershipIds.length; start += PARTNERSHIPS_LOADED_AT_ONCE) {
      const chunk = partnershipIds.slice(start, start + PARTNERSHIPS_LOADED_AT_ONCE);
      const loaded = await this.repository.loadMany(this.dataSource.manager, chunk);
      for (const { snapshot, revision, organisationVersions } of loaded) {
        assessed.push(
          summaryOf(snapshot, revision, organisationVersions, assessPartnership(snapshot, now), now),
        );
      }
    }
    try {
      await this.summaries.store(this.dataSource.manager, assessed);
    } catch (error) {
      // The answer is right either way; the next reader assesses again.
      this.logger.warn({ err: error, partnerships: assessed.length }, 'summaries not stored');
    }
    return assessed;
  }
}
