import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * PDF documents in every language a person can choose (it, en, ar, ro, uk): certificates and the dossier export's
 * readable summary were Italian or English only. Widens their locale checks.
 */
export class DocumentsEveryLanguage1796416181303 implements MigrationInterface {
    name = 'DocumentsEveryLanguage1796416181303'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "certificazioni"."certificates" DROP CONSTRAINT "certificates_locale_check"`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."certificates" ADD CONSTRAINT "certificates_locale_check" CHECK ("locale" IN ('it', 'en', 'ar', 'ro', 'uk'))`);
        await queryRunner.query(`ALTER TABLE "portability"."exports" DROP CONSTRAINT "exports_locale_check"`);
        await queryRunner.query(`ALTER TABLE "portability"."exports" ADD CONSTRAINT "exports_locale_check" CHECK ("locale" IN ('it', 'en', 'ar', 'ro', 'uk'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "portability"."exports" DROP CONSTRAINT "exports_locale_check"`);
        await queryRunner.query(`ALTER TABLE "portability"."exports" ADD CONSTRAINT "exports_locale_check" CHECK ("locale" IN ('it', 'en'))`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."certificates" DROP CONSTRAINT "certificates_locale_check"`);
        await queryRunner.query(`ALTER TABLE "certificazioni"."certificates" ADD CONSTRAINT "certificates_locale_check" CHECK ("locale" IN ('it', 'en'))`);
    }
}
