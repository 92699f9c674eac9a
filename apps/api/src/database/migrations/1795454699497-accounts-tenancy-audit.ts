import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsTenancyAudit1795454699497 implements MigrationInterface {
  name = 'AccountsTenancyAudit1795454699497';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid, "actor_user_id" uuid, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(64) NOT NULL, "action" character varying(60) NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "request_id" character varying(128), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_organisation_actor" ON "audit_event" ("organisation_id", "actor_user_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_organisation_entity" ON "audit_event" ("organisation_id", "entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_organisation_time" ON "audit_event" ("organisation_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" character varying(20) NOT NULL, "password_hash" text, "preferred_language" character varying(5) NOT NULL DEFAULT 'fr', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_app_user_role" CHECK ("role" IN ('admin', 'officer', 'elected', 'contributor', 'viewer')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_app_user_organisation" ON "app_user" ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "form" character varying(40) NOT NULL, "approach" character varying(40) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'active', "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "kind" character varying(30) NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(20) NOT NULL, "inviting_organisation_id" uuid NOT NULL, "invited_by_user_id" uuid NOT NULL, "target_organisation_id" uuid, "partnership_id" uuid, "proposed_organisation" jsonb, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_invitation_kind" CHECK ("kind" IN ('colleague', 'partner_authority')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_token_hash" ON "invitation" ("token_hash") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_invitation_target_organisation" ON "invitation" ("target_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_invitation_inviting_organisation" ON "invitation" ("inviting_organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_internal_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b87f301d2b24945602453d8ab23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_internal_note_partnership_owner" ON "partnership_internal_note" ("partnership_id", "owner_organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_party" ("partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_partnership_party_role" CHECK ("role" IN ('initiator', 'partner')), CONSTRAINT "PK_2981f3b25df50bb8111bfee1bbc" PRIMARY KEY ("partnership_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partnership_party_organisation" ON "partnership_party" ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_partnership_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_inviting_organisation" FOREIGN KEY ("inviting_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_invited_by" FOREIGN KEY ("invited_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_target_organisation" FOREIGN KEY ("target_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_internal_note" ADD CONSTRAINT "FK_internal_note_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_internal_note" ADD CONSTRAINT "FK_internal_note_owner" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_internal_note" ADD CONSTRAINT "FK_internal_note_author" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_party" ADD CONSTRAINT "FK_partnership_party_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_party" ADD CONSTRAINT "FK_partnership_party_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: what entity decorators cannot express.
    // One account per e-mail address whatever its case.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email_lower" ON "app_user" (lower("email"))`);
    // The audit trail is append-only for every role, the table owner included.
    await queryRunner.query(`CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_audit_event_no_change" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TRG_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "TRG_audit_event_no_change" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_is_append_only"()`);
    await queryRunner.query(`DROP INDEX "UQ_app_user_email_lower"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_party" DROP CONSTRAINT "FK_partnership_party_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_party" DROP CONSTRAINT "FK_partnership_party_partnership"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_internal_note" DROP CONSTRAINT "FK_internal_note_author"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_internal_note" DROP CONSTRAINT "FK_internal_note_owner"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_internal_note" DROP CONSTRAINT "FK_internal_note_partnership"`,
    );
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_partnership"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_target_organisation"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_invited_by"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_inviting_organisation"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_partnership_created_by"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_user_session_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_app_user_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partnership_party_organisation"`);
    await queryRunner.query(`DROP TABLE "partnership_party"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_internal_note_partnership_owner"`);
    await queryRunner.query(`DROP TABLE "partnership_internal_note"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_inviting_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_target_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_token_hash"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TABLE "partnership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_user_session_user"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_app_user_organisation"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_organisation_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_organisation_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_organisation_actor"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
