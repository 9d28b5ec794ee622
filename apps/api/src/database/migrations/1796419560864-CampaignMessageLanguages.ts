import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Campaign messages in Arabic, Romanian and Ukrainian too (optional; Italian and English stay required). The words
 * stay in the `variants` jsonb, beside Italian and English, because each variant (A/B) has its own: six nullable
 * columns on the campaign would hold one variant only. No column changes; this adds the one invariant of the new
 * keys: in every variant, an optional language's subject and body are both there or both absent.
 */
export class CampaignMessageLanguages1796419560864 implements MigrationInterface {
    name = 'CampaignMessageLanguages1796419560864'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "campaigns"."campaigns" ADD CONSTRAINT "campaigns_variant_languages_check" CHECK (NOT jsonb_path_exists("variants", '$[*] ? ((exists(@.subjectAr) && !(exists(@.bodyAr))) || (exists(@.bodyAr) && !(exists(@.subjectAr))) || (exists(@.subjectRo) && !(exists(@.bodyRo))) || (exists(@.bodyRo) && !(exists(@.subjectRo))) || (exists(@.subjectUk) && !(exists(@.bodyUk))) || (exists(@.bodyUk) && !(exists(@.subjectUk))))'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "campaigns"."campaigns" DROP CONSTRAINT "campaigns_variant_languages_check"`);
    }
}
