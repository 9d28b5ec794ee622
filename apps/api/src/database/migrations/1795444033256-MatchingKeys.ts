import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The candidate index: `match_keys` (skill × 1024 + 0.5° grid cell, engine/match-keys.ts) with one GIN index replaces
 * the GIN on skills + GiST on location, whose intersection scanned tens of thousands of rows at 1 M profiles
 * (bench:matching). Existing profiles get their keys here.
 */

export class MatchingKeys1795444033256 implements MigrationInterface {
    name = 'MatchingKeys1795444033256'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "matching"."profiles_skill_ids_gin"
        `);
        await queryRunner.query(`
            DROP INDEX "matching"."profiles_location_gist"
        `);
        await queryRunner.query(`
            ALTER TABLE "matching"."profiles"
            ADD "match_keys" integer array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            UPDATE "matching"."profiles" SET "match_keys" = ARRAY(
              SELECT DISTINCT s * 1024 + least(31, greatest(0, floor(("location"[1] - 35) / 0.5)::int)) * 32 + least(31, greatest(0, floor(("location"[0] - 6) / 0.5)::int))
                FROM unnest("skill_ids") s ORDER BY 1)
             WHERE "location" IS NOT NULL
        `);
        await queryRunner.query(`CREATE INDEX "profiles_match_keys_gin" ON "matching"."profiles" USING gin ("match_keys" gin__int_ops) WHERE "available" AND "visibility" <> 'nobody'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "matching"."profiles_match_keys_gin"`);
        await queryRunner.query(`
            ALTER TABLE "matching"."profiles" DROP COLUMN "match_keys"
        `);
        await queryRunner.query(`
            CREATE INDEX "profiles_location_gist" ON "matching"."profiles" USING GiST ("location")
            WHERE (
                    available
                    AND ((visibility)::text <> 'nobody'::text)
                )
        `);
        await queryRunner.query(`
            CREATE INDEX "profiles_skill_ids_gin" ON "matching"."profiles" ("skill_ids")
            WHERE (
                    available
                    AND ((visibility)::text <> 'nobody'::text)
                )
        `);
    }

}
