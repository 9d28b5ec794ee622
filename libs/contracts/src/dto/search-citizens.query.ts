import { IsInt, IsOptional, IsString, Length, Max, Min, Matches } from 'class-validator';
import { ToInt } from '../validation/int32.validator';
import { IsFiscalCode } from '../fiscal-code.validator';

/** GET /api/operator/registry/citizens — search citizens of the operator's offices. */
export class SearchCitizensQuery {
  /** Exact fiscal code (validated with its check character). */
  @IsOptional()
  @IsFiscalCode()
  fiscalCode?: string;

  /** Part of the family name and/or given name, at least 2 letters. */
  @IsOptional()
  @IsString()
  @Length(2, 80)
  @Matches(/^[\p{L}' .-]+$/u, { message: 'q may contain only letters, spaces, apostrophes, dots and hyphens' })
  q?: string;

  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;

  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(0)
  @Max(10000)
  offset?: number;
}
