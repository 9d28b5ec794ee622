import type { MigrationInterface, QueryRunner } from "typeorm";

/** Delivery receipts reported by providers (and by the development mailbox): append-only, like the attempts. */

export class DeliveryReceipts1795437144718 implements MigrationInterface {
    name = 'DeliveryReceipts1795437144718'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notifications"."delivery_receipts" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "message_id" uuid NOT NULL,
                "channel" character varying(10) NOT NULL,
                "status" character varying(12) NOT NULL,
                "provider_message_id" character varying(200),
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "detail" character varying(300),
                CONSTRAINT "delivery_receipts_status_check" CHECK (
                    "status" IN ('accepted', 'delivered', 'read', 'failed')
                ),
                CONSTRAINT "PK_30ffa5359e38156831586645a0d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7af5c396721fbb389755ca3f73" ON "notifications"."delivery_receipts" ("message_id")
        `);
        await queryRunner.query(`CREATE TRIGGER "delivery_receipts_no_update_delete" BEFORE UPDATE OR DELETE ON "notifications"."delivery_receipts" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_proof_change"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "delivery_receipts_no_update_delete" ON "notifications"."delivery_receipts"`);
        await queryRunner.query(`
            DROP INDEX "notifications"."IDX_7af5c396721fbb389755ca3f73"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"."delivery_receipts"
        `);
    }

}
