import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Intermediaries (issue 14): patronati, CAF and municipality desks registered by a region, their operators, the
 * delegations people grant them online or the intermediaries upload signed for a CPI operator to check (scopes, validity),
 * and what the operators did under each ("done by X for Y").
 * Invariants: a non-empty period and known scopes (CHECK); one unrevoked delegation per person and organisation at a time
 * (EXCLUDE USING gist); an operator belongs to one organisation (UNIQUE); a trigger refuses deletes of delegations and
 * every change but revoking once and reviewing an uploaded one once; delegated actions are append-only.
 */
export class Intermediaries1796283375952 implements MigrationInterface {
    name = 'Intermediaries1796283375952'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "intermediaries"`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "btree_gist"`);
        await queryRunner.query(`CREATE TABLE "intermediaries"."organisations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "fiscal_code" character(11) NOT NULL, "region_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisations_kind_check" CHECK ("kind" IN ('patronato', 'caf', 'comune')), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "organisations_fiscal_code_key" ON "intermediaries"."organisations" ("fiscal_code")`);
        await queryRunner.query(`CREATE TABLE "intermediaries"."delegations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organisation_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "citizen_fiscal_code" character(16) NOT NULL, "citizen_name" character varying(200) NOT NULL, "scopes" character varying(20) array NOT NULL, "valid_from" date NOT NULL, "valid_until" date NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "source" character varying(20) NOT NULL, "document_id" uuid, "review_state" character varying(10), "reviewed_by_fiscal_code" character(16), "reviewed_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" character varying(500), CONSTRAINT "delegations_source_check" CHECK ("source" IN ('online', 'signed_document')), CONSTRAINT "delegations_review_check" CHECK (("source" = 'online' AND "review_state" IS NULL AND "document_id" IS NULL) OR ("source" = 'signed_document' AND "review_state" IN ('pending', 'approved', 'rejected') AND "document_id" IS NOT NULL)), CONSTRAINT "delegations_rejection_check" CHECK (("review_state" = 'rejected') = ("rejection_reason" IS NOT NULL)), CONSTRAINT "delegations_scopes_check" CHECK (cardinality("scopes") > 0 AND "scopes" <@ ARRAY['did', 'appointments', 'documents']::varchar[]), CONSTRAINT "delegations_period_check" CHECK ("valid_until" >= "valid_from"), CONSTRAINT "delegations_one_active" EXCLUDE USING gist ("citizen_id" WITH =, "organisation_id" WITH =, daterange("valid_from", "valid_until", '[]') WITH &&) WHERE ("revoked_at" IS NULL AND "review_state" IS DISTINCT FROM 'rejected'), CONSTRAINT "PK_01f9fbbc9b3bf52236a4e951b19" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "delegations_organisation_idx" ON "intermediaries"."delegations" ("organisation_id", "valid_until")`);
        await queryRunner.query(`CREATE INDEX "delegations_citizen_idx" ON "intermediaries"."delegations" ("citizen_id", "granted_at")`);
        await queryRunner.query(`CREATE TABLE "intermediaries"."delegated_actions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "delegation_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "delegate_fiscal_code" character(16) NOT NULL, "delegate_name" character varying(200) NOT NULL, "action" character varying(40) NOT NULL, "ref_id" character varying(80), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8016b13a3fae2caff7495f6c52" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "delegated_actions_delegation_idx" ON "intermediaries"."delegated_actions" ("delegation_id")`);
        await queryRunner.query(`CREATE INDEX "delegated_actions_citizen_idx" ON "intermediaries"."delegated_actions" ("citizen_id", "at")`);
        await queryRunner.query(`CREATE TABLE "intermediaries"."operators" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organisation_id" uuid NOT NULL, "fiscal_code" character(16) NOT NULL, "given_name" character varying(100) NOT NULL, "family_name" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3d02b3692836893720335a79d1b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "operators_organisation_idx" ON "intermediaries"."operators" ("organisation_id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "operators_fiscal_code_key" ON "intermediaries"."operators" ("fiscal_code")`);
        await queryRunner.query(`ALTER TABLE "intermediaries"."delegations" ADD CONSTRAINT "delegations_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "intermediaries"."organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "intermediaries"."delegated_actions" ADD CONSTRAINT "delegated_actions_delegation_fk" FOREIGN KEY ("delegation_id") REFERENCES "intermediaries"."delegations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "intermediaries"."operators" ADD CONSTRAINT "operators_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "intermediaries"."organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`
            CREATE FUNCTION "intermediaries"."guard_delegation"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'delegation %: delete refused (revoke it)', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.revoked_at IS NOT NULL THEN
                    RAISE EXCEPTION 'delegation % is revoked and stays so', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.id, NEW.organisation_id, NEW.citizen_id, NEW.citizen_fiscal_code, NEW.citizen_name, NEW.scopes, NEW.valid_from, NEW.valid_until, NEW.granted_at, NEW.source, NEW.document_id)
                   IS DISTINCT FROM (OLD.id, OLD.organisation_id, OLD.citizen_id, OLD.citizen_fiscal_code, OLD.citizen_name, OLD.scopes, OLD.valid_from, OLD.valid_until, OLD.granted_at, OLD.source, OLD.document_id) THEN
                    RAISE EXCEPTION 'delegation %: only revocation or review may change it', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.review_state IS DISTINCT FROM 'pending'
                   AND (NEW.review_state, NEW.reviewed_by_fiscal_code, NEW.reviewed_at, NEW.rejection_reason) IS DISTINCT FROM (OLD.review_state, OLD.reviewed_by_fiscal_code, OLD.reviewed_at, OLD.rejection_reason) THEN
                    RAISE EXCEPTION 'delegation %: reviewed once, the review stays', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "delegations_guard" BEFORE UPDATE OR DELETE ON "intermediaries"."delegations" FOR EACH ROW EXECUTE FUNCTION "intermediaries"."guard_delegation"()`);
        await queryRunner.query(`
            CREATE FUNCTION "intermediaries"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'delegated actions are append-only' USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "delegated_actions_append_only" BEFORE UPDATE OR DELETE ON "intermediaries"."delegated_actions" FOR EACH ROW EXECUTE FUNCTION "intermediaries"."refuse_change"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP SCHEMA "intermediaries" CASCADE`);
    }
}
