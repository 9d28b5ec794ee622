import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Agencies (issue 14): machine access for accredited agencies. The region's accreditations (one per agency: number,
 * status, validity, scope), the agencies' OAuth clients (public JWKS, allowed scopes, revocation), the client
 * assertions already used (the primary key refuses a replayed jti) and the issued access tokens (SHA-256 only).
 */
export class AgencyAccess1796283307532 implements MigrationInterface {
    name = 'AgencyAccess1796283307532'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "agencies"`);
        await queryRunner.query(`CREATE TABLE "agencies"."accreditations" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "agency_id" uuid NOT NULL, "number" character varying(40) NOT NULL, "status" character varying(16) NOT NULL, "valid_from" date NOT NULL, "valid_until" date, "service_codes" text array NOT NULL, "office_ids" uuid array NOT NULL, "areas" text array NOT NULL, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "accreditations_agency_key" UNIQUE ("agency_id"), CONSTRAINT "accreditations_number_key" UNIQUE ("number"), CONSTRAINT "accreditations_status_check" CHECK ("status" IN ('active', 'suspended', 'revoked')), CONSTRAINT "accreditations_validity_check" CHECK ("valid_until" IS NULL OR "valid_until" >= "valid_from"), CONSTRAINT "accreditations_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "agencies"."clients" ("client_id" character varying(80) NOT NULL, "agency_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "jwks" jsonb NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "clients_pkey" PRIMARY KEY ("client_id"))`);
        await queryRunner.query(`CREATE INDEX "clients_agency_idx" ON "agencies"."clients" ("agency_id")`);
        await queryRunner.query(`CREATE TABLE "agencies"."used_assertions" ("client_id" character varying(80) NOT NULL, "jti" character varying(200) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "used_assertions_pkey" PRIMARY KEY ("client_id", "jti"))`);
        await queryRunner.query(`CREATE INDEX "used_assertions_expires_idx" ON "agencies"."used_assertions" ("expires_at")`);
        await queryRunner.query(`ALTER TABLE "agencies"."used_assertions" ADD CONSTRAINT "used_assertions_client_fkey" FOREIGN KEY ("client_id") REFERENCES "agencies"."clients"("client_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE TABLE "agencies"."access_tokens" ("token_hash" character(64) NOT NULL, "client_id" character varying(80) NOT NULL, "agency_id" uuid NOT NULL, "scopes" text array NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "access_tokens_pkey" PRIMARY KEY ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "access_tokens_expires_idx" ON "agencies"."access_tokens" ("expires_at")`);
        await queryRunner.query(`CREATE INDEX "access_tokens_client_idx" ON "agencies"."access_tokens" ("client_id")`);
        await queryRunner.query(`ALTER TABLE "agencies"."access_tokens" ADD CONSTRAINT "access_tokens_client_fkey" FOREIGN KEY ("client_id") REFERENCES "agencies"."clients"("client_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "agencies"."access_tokens"`);
        await queryRunner.query(`DROP TABLE "agencies"."used_assertions"`);
        await queryRunner.query(`DROP TABLE "agencies"."clients"`);
        await queryRunner.query(`DROP TABLE "agencies"."accreditations"`);
    }
}
