import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Condizionalità (issue 13): the justification window and the sanction ladder as dated, sourced data; what the
 * open-case consumer decided for each event (one row per source event); cases, justifications, decisions (four eyes
 * in a CHECK), measures (a reversal is a new row referencing the old one) and the case timeline.
 * Invariants in the database: a decided case cannot change; a decision changes only once, from pending to
 * confirmed/returned; justifications, measures, timeline entries and intake decisions are append-only.
 */

export class Condizionalita1796210674187 implements MigrationInterface {
    name = 'Condizionalita1796210674187'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "condizionalita"`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."legal_parameters" ("key" character varying(60) NOT NULL, "valid_from" date NOT NULL, "value" numeric(14,4) NOT NULL, "unit" character varying(20) NOT NULL, "source" text NOT NULL, "verified" boolean NOT NULL, "note" text, CONSTRAINT "PK_247d6c67a60d291abcf9b25b559" PRIMARY KEY ("key", "valid_from"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."sanction_rules" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "benefit" character varying(10) NOT NULL, "rule_code" character varying(30) NOT NULL, "version" character varying(40) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "step" integer NOT NULL, "sanction" character varying(20) NOT NULL, "legal_source" text NOT NULL, "verified" boolean NOT NULL, "note_code" character varying(60), CONSTRAINT "sanction_rules_version_step_key" UNIQUE ("benefit", "rule_code", "version", "step"), CONSTRAINT "sanction_rules_validity_check" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "sanction_rules_step_check" CHECK ("step" >= 1), CONSTRAINT "sanction_rules_benefit_check" CHECK ("benefit" IN ('NASPI', 'DISCOLL', 'ADI', 'SFL')), CONSTRAINT "sanction_rules_sanction_check" CHECK ("sanction" IN ('cut_quarter_month', 'cut_month', 'loss')), CONSTRAINT "PK_fd482bdfad90efc49bda78c2a5b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."cases" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "source_event_id" bigint NOT NULL, "source_type" character varying(60) NOT NULL, "source_ref" character varying(100) NOT NULL, "citizen_id" uuid NOT NULL, "citizen_fiscal_code" character(16) NOT NULL, "office_id" uuid NOT NULL, "benefit" character varying(10) NOT NULL, "benefit_id" character varying(60) NOT NULL, "breach_code" character varying(30) NOT NULL, "occurred_on" date NOT NULL, "deadline" date NOT NULL, "window_parameter" character varying(60) NOT NULL, "state" character varying(30) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cases_source_event_key" UNIQUE ("source_event_id"), CONSTRAINT "cases_deadline_check" CHECK ("deadline" >= "occurred_on"), CONSTRAINT "cases_state_check" CHECK ("state" IN ('open', 'justification_submitted', 'pending_confirmation', 'decided_justified', 'measure_confirmed')), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."intake_decisions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "source_event_id" bigint NOT NULL, "event_type" character varying(60) NOT NULL, "citizen_fiscal_code" character(16) NOT NULL, "outcome" character varying(30) NOT NULL, "case_id" uuid, "details" jsonb NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "intake_decisions_source_event_key" UNIQUE ("source_event_id"), CONSTRAINT "intake_decisions_outcome_check" CHECK ("outcome" IN ('case_opened', 'no_benefit', 'no_rule', 'justified_at_desk', 'not_a_breach')), CONSTRAINT "PK_5ec8cdf4bd47f0518c01ebb90d1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."justifications" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "reason_code" character varying(40) NOT NULL, "text" text NOT NULL, "document_ids" uuid array NOT NULL, "submitted_by" character(16) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "justifications_case_key" UNIQUE ("case_id"), CONSTRAINT "PK_9c76cedf18dbb2c7f80b581344a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."decisions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "outcome" character varying(20) NOT NULL, "reason_code" character varying(40), "reason_text" text, "decided_by_staff_id" uuid NOT NULL, "decided_by_name" character varying(200) NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" character varying(20) NOT NULL, "confirmed_by_staff_id" uuid, "confirmed_by_name" character varying(200), "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmation_note" text, CONSTRAINT "decisions_four_eyes_check" CHECK ("confirmed_by_staff_id" IS NULL OR "confirmed_by_staff_id" <> "decided_by_staff_id"), CONSTRAINT "decisions_reason_check" CHECK (("outcome" = 'justified' AND "reason_code" IS NOT NULL) OR ("outcome" = 'not_justified' AND "reason_text" IS NOT NULL)), CONSTRAINT "decisions_status_check" CHECK ("status" IN ('pending', 'confirmed', 'returned', 'not_required')), CONSTRAINT "decisions_outcome_check" CHECK ("outcome" IN ('justified', 'not_justified')), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."measures" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "case_id" uuid NOT NULL, "decision_id" uuid, "citizen_fiscal_code" character(16) NOT NULL, "benefit" character varying(10) NOT NULL, "benefit_id" character varying(60) NOT NULL, "rule_id" uuid NOT NULL, "rule_code" character varying(30) NOT NULL, "rule_version" character varying(40) NOT NULL, "step" integer NOT NULL, "sanction" character varying(20) NOT NULL, "legal_source" text NOT NULL, "verified" boolean NOT NULL, "decided_on" date NOT NULL, "reversal_of" uuid, "appeal_reference" character varying(100), "reason_text" text, "created_by_staff_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "measures_reversal_of_key" UNIQUE ("reversal_of"), CONSTRAINT "measures_reversal_check" CHECK (("reversal_of" IS NULL) = ("sanction" <> 'annulled')), CONSTRAINT "measures_sanction_check" CHECK ("sanction" IN ('cut_quarter_month', 'cut_month', 'loss', 'annulled')), CONSTRAINT "PK_ec34a47385441849095def20546" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "condizionalita"."case_events" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(40) NOT NULL, "actor_name" character varying(200), "params" jsonb NOT NULL, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "cases_citizen_idx" ON "condizionalita"."cases" ("citizen_id", "opened_at")`);
        await queryRunner.query(`CREATE INDEX "cases_office_state_deadline_idx" ON "condizionalita"."cases" ("office_id", "state", "deadline")`);
        await queryRunner.query(`CREATE INDEX "case_events_case_idx" ON "condizionalita"."case_events" ("case_id", "at")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "decisions_case_active_key" ON "condizionalita"."decisions" ("case_id") WHERE "status" <> 'returned'`);
        await queryRunner.query(`CREATE INDEX "measures_case_idx" ON "condizionalita"."measures" ("case_id")`);
        await queryRunner.query(`CREATE INDEX "measures_ladder_idx" ON "condizionalita"."measures" ("citizen_fiscal_code", "rule_code", "rule_version")`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "condizionalita"."cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."decisions" ADD CONSTRAINT "FK_3b2233377205f3b08d671968a91" FOREIGN KEY ("case_id") REFERENCES "condizionalita"."cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."intake_decisions" ADD CONSTRAINT "FK_be1818a92db5b5d78e0d06dba9c" FOREIGN KEY ("case_id") REFERENCES "condizionalita"."cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."justifications" ADD CONSTRAINT "FK_31147f5211993339f0c02321b30" FOREIGN KEY ("case_id") REFERENCES "condizionalita"."cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" ADD CONSTRAINT "FK_f184c8016e2499917fd19d4d09a" FOREIGN KEY ("case_id") REFERENCES "condizionalita"."cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" ADD CONSTRAINT "FK_3e77cc0f2007106bca9c3be5d22" FOREIGN KEY ("decision_id") REFERENCES "condizionalita"."decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" ADD CONSTRAINT "FK_b70567cadc1b98040f5e49d4271" FOREIGN KEY ("rule_id") REFERENCES "condizionalita"."sanction_rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" ADD CONSTRAINT "FK_e5268b2774063b1544b7c008999" FOREIGN KEY ("reversal_of") REFERENCES "condizionalita"."measures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

        // ---- invariants (triggers)
        await queryRunner.query(`
            CREATE FUNCTION "condizionalita"."guard_case"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'conditionality case %: delete refused', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.state IN ('decided_justified', 'measure_confirmed') THEN
                    RAISE EXCEPTION 'conditionality case % is decided (%) and immutable', OLD.id, OLD.state USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.id, NEW.source_event_id, NEW.source_type, NEW.source_ref, NEW.citizen_id, NEW.citizen_fiscal_code, NEW.office_id, NEW.benefit,
                    NEW.benefit_id, NEW.breach_code, NEW.occurred_on, NEW.deadline, NEW.window_parameter, NEW.opened_at)
                   IS DISTINCT FROM (OLD.id, OLD.source_event_id, OLD.source_type, OLD.source_ref, OLD.citizen_id, OLD.citizen_fiscal_code, OLD.office_id, OLD.benefit,
                    OLD.benefit_id, OLD.breach_code, OLD.occurred_on, OLD.deadline, OLD.window_parameter, OLD.opened_at) THEN
                    RAISE EXCEPTION 'conditionality case %: only the state may change', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "cases_guard" BEFORE UPDATE OR DELETE ON "condizionalita"."cases" FOR EACH ROW EXECUTE FUNCTION "condizionalita"."guard_case"()`);
        await queryRunner.query(`
            CREATE FUNCTION "condizionalita"."guard_decision"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'conditionality decision %: delete refused', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.status <> 'pending' THEN
                    RAISE EXCEPTION 'conditionality decision % is % and immutable', OLD.id, OLD.status USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.status NOT IN ('confirmed', 'returned') OR NEW.confirmed_by_staff_id IS NULL OR NEW.confirmed_at IS NULL
                   OR (NEW.id, NEW.case_id, NEW.outcome, NEW.reason_code, NEW.reason_text, NEW.decided_by_staff_id, NEW.decided_by_name, NEW.decided_at)
                      IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.outcome, OLD.reason_code, OLD.reason_text, OLD.decided_by_staff_id, OLD.decided_by_name, OLD.decided_at) THEN
                    RAISE EXCEPTION 'conditionality decision %: only a confirmation or a return may be recorded', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER "decisions_guard" BEFORE UPDATE OR DELETE ON "condizionalita"."decisions" FOR EACH ROW EXECUTE FUNCTION "condizionalita"."guard_decision"()`);
        for (const table of ['measures', 'justifications', 'case_events', 'intake_decisions']) {
            await queryRunner.query(`CREATE TRIGGER "${table}_no_update_delete" BEFORE UPDATE OR DELETE ON "condizionalita"."${table}" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_proof_change"()`);
        }

        // ---- data: the justification window and the sanction ladder (dated, sourced; verified = false where the sources leave it open)
        await queryRunner.query(`
            INSERT INTO "condizionalita"."legal_parameters" ("key", "valid_from", "value", "unit", "source", "verified", "note") VALUES
                ('justification_window_days', '2016-03-04', 1, 'days', 'Ministero del Lavoro, nota 04/03/2016 n. 39/0003374: comunicare e documentare il giustificato motivo entro la data dell''appuntamento e non oltre il giorno successivo (https://lavoroprovinciamantova.it/?p=500)', true,
                 'Calendar days after the day of the missed convocation or appointment, that day included (Europe/Rome). Open: whether a Sunday or a public holiday moves the last day; not applied.'),
                ('justification_window_days_other', '2016-03-04', 1, 'days', 'By analogy with nota 39/0003374 of 04/03/2016 (written for convocations and appointments; https://lavoroprovinciamantova.it/?p=500)', false,
                 'Missed initiatives, refused offers and unsigned patti: the sources set no window of their own; the convocation window is applied (open).')
        `);
        const naspi = (benefit: string) => `
                ('${benefit}', 'missed_appointment', 'dlgs150-2015', '2015-09-24', 1, 'cut_quarter_month', 'D.Lgs. 150/2015 art. 21 c.7 lett. a) n.1', true, NULL),
                ('${benefit}', 'missed_appointment', 'dlgs150-2015', '2015-09-24', 2, 'cut_month', 'D.Lgs. 150/2015 art. 21 c.7 lett. a) n.2', true, NULL),
                ('${benefit}', 'missed_appointment', 'dlgs150-2015', '2015-09-24', 3, 'loss', 'D.Lgs. 150/2015 art. 21 c.7 lett. a) n.3 (decadenza dalla prestazione e dallo stato di disoccupazione)', true, NULL),
                ('${benefit}', 'missed_orientation', 'dlgs150-2015', '2015-09-24', 1, 'cut_quarter_month', 'D.Lgs. 150/2015 art. 21 c.7 lett. b) (iniziative di orientamento, art. 20 c.3 lett. a)', true, NULL),
                ('${benefit}', 'missed_orientation', 'dlgs150-2015', '2015-09-24', 2, 'cut_month', 'D.Lgs. 150/2015 art. 21 c.7 lett. b)', true, NULL),
                ('${benefit}', 'missed_orientation', 'dlgs150-2015', '2015-09-24', 3, 'loss', 'D.Lgs. 150/2015 art. 21 c.7 lett. b)', true, NULL),
                ('${benefit}', 'missed_training', 'dlgs150-2015', '2015-09-24', 1, 'cut_month', 'D.Lgs. 150/2015 art. 21 c.7 lett. c) n.1 (iniziative di cui all''art. 20 c.3 lett. b)', true, NULL),
                ('${benefit}', 'missed_training', 'dlgs150-2015', '2015-09-24', 2, 'loss', 'D.Lgs. 150/2015 art. 21 c.7 lett. c) n.2', true, NULL),
                ('${benefit}', 'offer_refused', 'dlgs150-2015', '2015-09-24', 1, 'loss', 'D.Lgs. 150/2015 art. 21 c.7 lett. d) (offerta di lavoro congrua, art. 25)', true, NULL)`;
        const adi = (benefit: string, validFrom: string, source: string, note: string) => ['missed_appointment', 'missed_orientation', 'missed_training', 'offer_refused', 'psp_not_signed']
            .map((rule) => `
                ('${benefit}', '${rule}', 'dl48-2023', '${validFrom}', 1, 'loss', '${source}${rule === 'offer_refused' ? ' e art. 9' : ''}', false, '${note}')`).join(',');
        await queryRunner.query(`
            INSERT INTO "condizionalita"."sanction_rules" ("benefit", "rule_code", "version", "valid_from", "step", "sanction", "legal_source", "verified", "note_code") VALUES
                ${naspi('NASPI')},
                ${naspi('DISCOLL')},
                ${adi('ADI', '2024-01-01', 'D.L. 48/2023 art. 8 c.6 (conv. L. 85/2023)', 'adi_secondary_source')},
                ${adi('SFL', '2023-09-01', "D.L. 48/2023 art. 12 (rinvio all''art. 8 c.6)", 'sfl_by_reference')}
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['measures', 'justifications', 'case_events', 'intake_decisions']) {
            await queryRunner.query(`DROP TRIGGER "${table}_no_update_delete" ON "condizionalita"."${table}"`);
        }
        await queryRunner.query(`DROP TRIGGER "decisions_guard" ON "condizionalita"."decisions"`);
        await queryRunner.query(`DROP TRIGGER "cases_guard" ON "condizionalita"."cases"`);
        await queryRunner.query(`DROP FUNCTION "condizionalita"."guard_decision"()`);
        await queryRunner.query(`DROP FUNCTION "condizionalita"."guard_case"()`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."decisions" DROP CONSTRAINT "FK_3b2233377205f3b08d671968a91"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."intake_decisions" DROP CONSTRAINT "FK_be1818a92db5b5d78e0d06dba9c"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."justifications" DROP CONSTRAINT "FK_31147f5211993339f0c02321b30"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" DROP CONSTRAINT "FK_f184c8016e2499917fd19d4d09a"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" DROP CONSTRAINT "FK_3e77cc0f2007106bca9c3be5d22"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" DROP CONSTRAINT "FK_b70567cadc1b98040f5e49d4271"`);
        await queryRunner.query(`ALTER TABLE "condizionalita"."measures" DROP CONSTRAINT "FK_e5268b2774063b1544b7c008999"`);
        await queryRunner.query(`DROP INDEX "condizionalita"."cases_citizen_idx"`);
        await queryRunner.query(`DROP INDEX "condizionalita"."cases_office_state_deadline_idx"`);
        await queryRunner.query(`DROP INDEX "condizionalita"."case_events_case_idx"`);
        await queryRunner.query(`DROP INDEX "condizionalita"."decisions_case_active_key"`);
        await queryRunner.query(`DROP INDEX "condizionalita"."measures_case_idx"`);
        await queryRunner.query(`DROP INDEX "condizionalita"."measures_ladder_idx"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."case_events"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."measures"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."decisions"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."justifications"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."intake_decisions"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."cases"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."sanction_rules"`);
        await queryRunner.query(`DROP TABLE "condizionalita"."legal_parameters"`);
        await queryRunner.query(`DROP SCHEMA "condizionalita"`);
    }
}
