import type { MigrationInterface, QueryRunner } from "typeorm";

/** Matching: skills of a profile attested by another process, with their source (IVC validated competences, issue 15). */
export class MatchingValidatedSkills1796316095303 implements MigrationInterface {
    name = 'MatchingValidatedSkills1796316095303'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "matching"."validated_skills" ("citizen_id" uuid NOT NULL, "skill_id" integer NOT NULL, "source" character varying(20) NOT NULL, "ref" character varying(100) NOT NULL, "label" character varying(300) NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "validated_skills_pkey" PRIMARY KEY ("citizen_id", "skill_id", "source", "ref"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "matching"."validated_skills"`);
    }
}
