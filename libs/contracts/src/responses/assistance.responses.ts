import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CALLBACK_STATUSES, CALLBACK_WINDOWS } from '../dto/assistance.dto';

/** A callback request, as its author sees it. */
export class CallbackRequestResponse {
  @IsString() id!: string;
  @IsString() phone!: string;
  @IsIn(CALLBACK_WINDOWS) timeWindow!: string;
  @IsOptional() @IsString() topic?: string;
  @IsIn(CALLBACK_STATUSES) status!: string;
  @IsString() requestedAt!: string;
  @IsOptional() @IsString() handledAt?: string;
}
/** My latest callback request (none: `request` absent). */
export class MyCallbackResponse {
  @IsOptional() @ValidateNested() @Type(() => CallbackRequestResponse) request?: CallbackRequestResponse;
}
/** An open request in an operator's list: who, which number, when. */
export class OperatorCallbackResponse extends CallbackRequestResponse {
  @IsString() citizenId!: string;
  @IsString() citizenName!: string;
  @IsString() fiscalCode!: string;
}
export class OperatorCallbackListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => OperatorCallbackResponse) items!: OperatorCallbackResponse[];
}
