import { MigrationInterface, QueryRunner } from "typeorm";

export class IdentityLogoutEidas1796190304528 implements MigrationInterface {
    name = 'IdentityLogoutEidas1796190304528'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "identity"."logout_requests" (
                "id" character varying(80) NOT NULL,
                "kind" character varying(10) NOT NULL,
                "idp_entity_id" character varying(1024) NOT NULL,
                "app" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "consumed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_a2efe0bb6f5807f121bca94a3a2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c12c5724546c266a698e4ca3bd" ON "identity"."logout_requests" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "identity"."eidas_identities" (
                "person_identifier" character varying(256) NOT NULL,
                "given_name" character varying(100) NOT NULL,
                "family_name" character varying(100) NOT NULL,
                "birth_date" date,
                "fiscal_code" character(16),
                "first_login_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_login_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE,
                "linked_by" character(16),
                CONSTRAINT "PK_b4afc5de26decdfae1bccc0b15c" PRIMARY KEY ("person_identifier")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_73fd4e5474181ac54f19ba648e" ON "identity"."eidas_identities" ("fiscal_code")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "identity"."IDX_73fd4e5474181ac54f19ba648e"
        `);
        await queryRunner.query(`
            DROP TABLE "identity"."eidas_identities"
        `);
        await queryRunner.query(`
            DROP INDEX "identity"."IDX_c12c5724546c266a698e4ca3bd"
        `);
        await queryRunner.query(`
            DROP TABLE "identity"."logout_requests"
        `);
    }

}
