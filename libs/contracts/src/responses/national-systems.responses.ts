import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

/** One measure's communication to INPS (SIISL for ADI/SFL), as the national-systems module reports it. */
export class NationalSystemsSendResponse {
  @IsString() measureId!: string;
  /** NASPI | DISCOLL | ADI | SFL */
  @IsString() benefit!: string;
  @IsIn(['waiting', 'failed', 'sent']) state!: 'waiting' | 'failed' | 'sent';
  /** attempts so far (each call to the national system, its own short retries aside) */
  @IsInt() attempts!: number;
  /** RFC 3339: the first attempt ("waiting since…") */
  @IsString() since!: string;
  /** RFC 3339 */
  @IsString() lastAttemptAt!: string;
  /** stable code of the last failure: timeout, network:<code>, http:<status>, invalid-answer */
  @IsOptional() @IsString() lastError?: string;
  /** the receiver's receipt, once sent */
  @IsOptional() @IsString() receiptId?: string;
  /** RFC 3339, once sent */
  @IsOptional() @IsString() sentAt?: string;
  /** the receiver already had this measure (an earlier attempt had arrived): it was recorded once */
  @IsOptional() @IsBoolean() receivedBefore?: boolean;
}

export class NationalSystemsSendListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => NationalSystemsSendResponse) items!: NationalSystemsSendResponse[];
  @IsInt() total!: number;
  @IsInt() limit!: number;
  @IsInt() offset!: number;
}
