import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Certificazioni, Open Badges 3.0 credentials (issue 15): Bitstring Status Lists and their allocated entries, the
 * credentials as issued (vc+jwt + JSON), their public verifications. Invariants: an index of a list is allocated once
 * and carries one credential; one unrevoked credential per person and source; a credential changes only by being
 * revoked, once, and is never deleted; verifications are append-only.
 */
export class Credentials1796316023654 implements MigrationInterface {
    name = 'Credentials1796316023654'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "certificazioni"."credential_status_lists" ("id" SERIAL NOT NULL, "purpose" character varying(12) NOT NULL, "size" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credential_status_lists_purpose_check" CHECK ("purpose" IN ('revocation')), CONSTRAINT "credential_status_lists_size_check" CHECK ("size" >= 131072 AND "size" % 8 = 0), CONSTRAINT "credential_status_lists_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "certificazioni"."credential_status_entries" ("status_list_id" integer NOT NULL, "status_index" integer NOT NULL, "allocated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credential_status_entries_index_check" CHECK ("status_index" >= 0), CONSTRAINT "credential_status_entries_pkey" PRIMARY KEY ("status_list_id", "status_index"))`);
        await queryRunner.query(`CREATE TABLE "certificazioni"."credentials" ("id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "office_id" uuid, "source_kind" character varying(40) NOT NULL, "source_id" character varying(100) NOT NULL, "name" character varying(300) NOT NULL, "achievement_name" character varying(300) NOT NULL, "issuer_did" character varying(300) NOT NULL, "status_list_id" integer NOT NULL, "status_index" integer NOT NULL, "jwt" text NOT NULL, "credential" jsonb NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "issued_by" character varying(16) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" character varying(16), "revoke_reason" character varying(500), CONSTRAINT "credentials_validity_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from"), CONSTRAINT "credentials_revocation_check" CHECK (("revoked_at" IS NULL) = ("revoked_by" IS NULL) AND ("revoked_at" IS NULL) = ("revoke_reason" IS NULL)), CONSTRAINT "credentials_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "credentials_status_key" ON "certificazioni"."credentials" ("status_list_id", "status_index") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "credentials_source_key" ON "certificazioni"."credentials" ("citizen_id", "source_kind", "source_id") WHERE "revoked_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "credentials_citizen_idx" ON "certificazioni"."credentials" ("citizen_id", "issued_at") `);
        await queryRunner.query(`CREATE INDEX "credentials_source_idx" ON "certificazioni"."credentials" ("source_kind", "source_id") `);
        await queryRunner.query(`CREATE TABLE "certificazioni"."credential_verifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "credential_id" uuid, "result" character varying(16) NOT NULL, "failed_check" character varying(16), "verifier_hash" character(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credential_verifications_result_check" CHECK ("result" IN ('valid', 'revoked', 'expired', 'tampered', 'untrusted_issuer', 'invalid')), CONSTRAINT "credential_verifications_failed_check_check" CHECK (("failed_check" IS NULL) = ("result" = 'valid') AND ("failed_check" IS NULL OR "failed_check" IN ('structure', 'context', 'signature', 'issuer_trust', 'validity_period', 'status'))), CONSTRAINT "credential_verifications_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "credential_verifications_credential_idx" ON "certificazioni"."credential_verifications" ("credential_id", "at") `);
        await queryRunner.query(`ALTER TABLE "certificazioni"."credential_status_entries" ADD CONSTRAINT "credential_status_entries_list_fk" FOREIGN KEY ("status_list_id") REFERENCES "certificazioni"."credential_status_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."credentials" ADD CONSTRAINT "credentials_status_fk" FOREIGN KEY ("status_list_id", "status_index") REFERENCES "certificazioni"."credential_status_entries"("status_list_id","status_index") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."credential_verifications" ADD CONSTRAINT "credential_verifications_credential_fk" FOREIGN KEY ("credential_id") REFERENCES "certificazioni"."credentials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`
            CREATE FUNCTION "certificazioni"."guard_credential"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'credential %: delete refused (revoke it)', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.revoked_at IS NOT NULL THEN
                    RAISE EXCEPTION 'credential % is revoked and stays so', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.id, NEW.citizen_id, NEW.office_id, NEW.source_kind, NEW.source_id, NEW.name, NEW.achievement_name, NEW.issuer_did, NEW.status_list_id, NEW.status_index, NEW.jwt, NEW.credential, NEW.valid_from, NEW.valid_until, NEW.issued_at, NEW.issued_by)
                   IS DISTINCT FROM (OLD.id, OLD.citizen_id, OLD.office_id, OLD.source_kind, OLD.source_id, OLD.name, OLD.achievement_name, OLD.issuer_did, OLD.status_list_id, OLD.status_index, OLD.jwt, OLD.credential, OLD.valid_from, OLD.valid_until, OLD.issued_at, OLD.issued_by) THEN
                    RAISE EXCEPTION 'credential %: only revocation may change it', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "credentials_guard" BEFORE UPDATE OR DELETE ON "certificazioni"."credentials" FOR EACH ROW EXECUTE FUNCTION "certificazioni"."guard_credential"()`);
        await queryRunner.query(`CREATE TRIGGER "credential_verifications_append_only" BEFORE UPDATE OR DELETE ON "certificazioni"."credential_verifications" FOR EACH ROW EXECUTE FUNCTION "certificazioni"."append_only"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "credential_verifications_append_only" ON "certificazioni"."credential_verifications"`);
        await queryRunner.query(`DROP TRIGGER "credentials_guard" ON "certificazioni"."credentials"`);
        await queryRunner.query(`DROP FUNCTION "certificazioni"."guard_credential"()`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."credential_verifications" DROP CONSTRAINT "credential_verifications_credential_fk"`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."credentials" DROP CONSTRAINT "credentials_status_fk"`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."credential_status_entries" DROP CONSTRAINT "credential_status_entries_list_fk"`);
        await queryRunner.query(`DROP TABLE "certificazioni"."credential_verifications"`);
        await queryRunner.query(`DROP TABLE "certificazioni"."credentials"`);
        await queryRunner.query(`DROP TABLE "certificazioni"."credential_status_entries"`);
        await queryRunner.query(`DROP TABLE "certificazioni"."credential_status_lists"`);
    }
}
