import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls for projects an authority follows, its actions' applications to them, the payment tranches and the
 * reports each grant expects (docs/funding.md). A call's rules are a small list of values with their source
 * (jsonb); everything a report sums is a column. Tranches and reports are appended with an
 * `Idempotency-Key` (unique per application), then each changes under its own version. Reminders of a call
 * closing or a report due name their application or report in `reminder.funding_subject_id`. New tables
 * start empty: no existing data to carry.
 */
export class FundingCallsAndApplications1796586851192 implements MigrationInterface {
  name = 'FundingCallsAndApplications1796586851192';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funding_call" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "organisation_id" uuid NOT NULL,
         "funder" character varying(40) NOT NULL,
         "funder_name" character varying(200) NOT NULL,
         "name" character varying(200) NOT NULL,
         "link" character varying(500),
         "opens_on" date NOT NULL,
         "closes_on" date NOT NULL,
         "rules" jsonb NOT NULL DEFAULT '[]',
         "version" integer NOT NULL DEFAULT 1,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_funding_call" PRIMARY KEY ("id"),
         CONSTRAINT "CHK_funding_call_dates" CHECK ("closes_on" >= "opens_on"),
         CONSTRAINT "FK_funding_call_organisation" FOREIGN KEY ("organisation_id")
           REFERENCES "organisation"("id") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_call_organisation" ON "funding_call" ("organisation_id", "closes_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_application" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "call_id" uuid NOT NULL,
         "organisation_id" uuid NOT NULL,
         "partnership_id" uuid NOT NULL,
         "action_key" character varying(100) NOT NULL,
         "status" character varying(20) NOT NULL DEFAULT 'draft',
         "requested_amount" numeric(16,2) NOT NULL,
         "staff_time_amount" numeric(16,2) NOT NULL DEFAULT 0,
         "submitted_on" date,
         "granted_amount" numeric(16,2),
         "decided_on" date,
         "conditions" text NOT NULL DEFAULT '',
         "withdrawn_on" date,
         "version" integer NOT NULL DEFAULT 1,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_funding_application" PRIMARY KEY ("id"),
         CONSTRAINT "UQ_funding_application_action_call" UNIQUE ("partnership_id", "action_key", "call_id"),
         CONSTRAINT "CHK_funding_application_status"
           CHECK ("status" IN ('draft', 'submitted', 'granted', 'refused', 'withdrawn')),
         CONSTRAINT "FK_funding_application_call" FOREIGN KEY ("call_id")
           REFERENCES "funding_call"("id") ON DELETE RESTRICT,
         CONSTRAINT "FK_funding_application_organisation" FOREIGN KEY ("organisation_id")
           REFERENCES "organisation"("id") ON DELETE CASCADE,
         CONSTRAINT "FK_funding_application_action" FOREIGN KEY ("partnership_id", "action_key")
           REFERENCES "joint_action"("partnership_id", "record_key") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_application_partnership" ON "funding_application" ("partnership_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_tranche" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "application_id" uuid NOT NULL,
         "label" character varying(200) NOT NULL,
         "expected_on" date NOT NULL,
         "expected_amount" numeric(16,2) NOT NULL,
         "received_on" date,
         "received_amount" numeric(16,2),
         "version" integer NOT NULL DEFAULT 1,
         "idempotency_key" character varying(255),
         "request_hash" character(64),
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_funding_tranche" PRIMARY KEY ("id"),
         CONSTRAINT "CHK_funding_tranche_received"
           CHECK (("received_on" IS NULL) = ("received_amount" IS NULL)),
         CONSTRAINT "FK_funding_tranche_application" FOREIGN KEY ("application_id")
           REFERENCES "funding_application"("id") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_funding_tranche_idempotency" ON "funding_tranche" ("application_id", "idempotency_key")
         WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "funding_report" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "application_id" uuid NOT NULL,
         "kind" character varying(20) NOT NULL,
         "due_on" date NOT NULL,
         "submitted_on" date,
         "version" integer NOT NULL DEFAULT 1,
         "idempotency_key" character varying(255),
         "request_hash" character(64),
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_funding_report" PRIMARY KEY ("id"),
         CONSTRAINT "CHK_funding_report_kind" CHECK ("kind" IN ('interim', 'final')),
         CONSTRAINT "FK_funding_report_application" FOREIGN KEY ("application_id")
           REFERENCES "funding_application"("id") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_funding_report_idempotency" ON "funding_report" ("application_id", "idempotency_key")
         WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "reminder" ADD "funding_subject_id" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "reminder" WHERE "kind" IN ('funding-call-closing', 'funding-report-due')`,
    );
    await queryRunner.query(`ALTER TABLE "reminder" DROP COLUMN "funding_subject_id"`);
    await queryRunner.query(`DROP TABLE "funding_report"`);
    await queryRunner.query(`DROP TABLE "funding_tranche"`);
    await queryRunner.query(`DROP TABLE "funding_application"`);
    await queryRunner.query(`DROP TABLE "funding_call"`);
  }
}
