import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ToInt } from '../validation/int32.validator';

/** GET /api/operator/registry/citizens/:citizenId/audit-events: one page of the person's access log, newest first. */
export class AuditTrailQuery {
  /** records per page (default 25) */
  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  /** the `nextCursor` of the previous page: records older than that one */
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be a cursor returned by the previous page' })
  before?: string;
}
