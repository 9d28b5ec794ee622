import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Monitoring (issue 16): the days DID → first patto signature kept as one histogram per office × month (`days[]`,
 * `patti[]`, days ascending) instead of one row per office × month × day: a region's dashboard read 60,000 rows
 * through the office filter to compute a median (about 50 ms of PostgreSQL per call at 1M people); now the filter
 * reads under 1,500 rows and unnests only theirs. The same median (platform/kpi/kpi-query.ts `kpiMedianSql`).
 */
export class KpiTimeToPattoCompact1796401641342 implements MigrationInterface {
    name = 'KpiTimeToPattoCompact1796401641342'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const month = (col: string) => `(date_trunc('month', ${col} AT TIME ZONE 'Europe/Rome'))::date`;
        const day = (col: string) => `(${col} AT TIME ZONE 'Europe/Rome')::date`;
        await queryRunner.query(`DROP MATERIALIZED VIEW "patto"."kpi_time_to_patto"`);
        await queryRunner.query(`CREATE MATERIALIZED VIEW "patto"."kpi_time_to_patto" AS
            WITH first_signature AS (
              SELECT DISTINCT ON (v.patto_id) v.patto_id, v.signed_at
                FROM patto.patto_versions v WHERE v.signed_at IS NOT NULL ORDER BY v.patto_id, v.signed_at),
            signed AS (
              SELECT DISTINCT ON (p.id) p.office_id, f.signed_at, ${day('f.signed_at')} - ${day('d.filed_at')} AS days
                FROM patto.patti p JOIN first_signature f ON f.patto_id = p.id
                JOIN patto.dids d ON d.citizen_id = p.citizen_id AND d.filed_at <= f.signed_at
               ORDER BY p.id, d.filed_at DESC),
            h AS (SELECT office_id, ${month('signed_at')} AS month, days, count(*)::int AS patti FROM signed GROUP BY 1, 2, 3)
            SELECT office_id, month, array_agg(days ORDER BY days) AS days, array_agg(patti ORDER BY days) AS patti FROM h GROUP BY 1, 2`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_time_to_patto_key" ON "patto"."kpi_time_to_patto" ("month", "office_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const month = (col: string) => `(date_trunc('month', ${col} AT TIME ZONE 'Europe/Rome'))::date`;
        const day = (col: string) => `(${col} AT TIME ZONE 'Europe/Rome')::date`;
        await queryRunner.query(`DROP MATERIALIZED VIEW "patto"."kpi_time_to_patto"`);
        const firstSignature = `SELECT DISTINCT ON (v.patto_id) v.patto_id, v.signed_at, v.content->>'pathway' AS pathway
              FROM patto.patto_versions v WHERE v.signed_at IS NOT NULL ORDER BY v.patto_id, v.signed_at`;
        await queryRunner.query(`CREATE MATERIALIZED VIEW "patto"."kpi_time_to_patto" AS
            WITH signed AS (
              SELECT DISTINCT ON (p.id) p.office_id, f.signed_at, ${day('f.signed_at')} - ${day('d.filed_at')} AS days
                FROM patto.patti p JOIN (${firstSignature}) f ON f.patto_id = p.id
                JOIN patto.dids d ON d.citizen_id = p.citizen_id AND d.filed_at <= f.signed_at
               ORDER BY p.id, d.filed_at DESC)
            SELECT office_id, ${month('signed_at')} AS month, days, count(*)::int AS patti FROM signed GROUP BY 1, 2, 3`);
        await queryRunner.query(`CREATE UNIQUE INDEX "kpi_time_to_patto_key" ON "patto"."kpi_time_to_patto" ("month", "office_id", "days")`);
    }
}
