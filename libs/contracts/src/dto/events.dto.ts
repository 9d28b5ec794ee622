import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ToInt } from '../validation/int32.validator';

/** GET /api/operator/events/dead-letters */
export class DeadLettersQuery {
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
  @IsOptional() @ToInt() @IsInt() @Min(0) @Max(100000) offset?: number;
}

/** /api/operator/events/dead-letters/:deliveryId */
export class DeliveryIdParam {
  /** a delivery's id (a positive integer, up to 18 digits) */
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'deliveryId must be a positive integer' })
  deliveryId!: string;
}
