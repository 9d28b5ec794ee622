import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsIn, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';

/** The patto module's plan and e-coach (split from patto.responses.ts for size). */
export class PlanItemResponse {
  @IsString() id!: string;
  @IsIn(['patto', 'own', 'agency']) source!: string;
  @IsString() kind!: string;
  @IsString() title!: string;
  @IsOptional() @IsString() employer?: string;
  @IsOptional() @IsString() provider?: string;
  /** source `agency`: the agency that delivered the service (the title is its standard service code) */
  @IsOptional() @IsString() agencyName?: string;
  @IsOptional() @IsString() dueDate?: string;
  /** own activities: the day it happened */
  @IsOptional() @IsString() date?: string;
  @IsIn(['todo', 'done', 'not_done']) status!: string;
  @IsBoolean() overdue!: boolean;
  @IsOptional() @IsString() notes?: string;
  @IsOptional() @IsString() proofDocumentId?: string;
  @IsOptional() @IsString() proofFileName?: string;
  @IsString() createdAt!: string;
}
export class PeerFeedbackResponse {
  /** YYYY-MM */
  @IsString() month!: string;
  @IsInt() groupSize!: number;
  @IsNumber() medianApplications!: number;
  @IsInt() myApplications!: number;
}
export class PlanResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => PlanItemResponse) items!: PlanItemResponse[];
  /** absent when the comparison group has fewer than 10 people */
  @IsOptional() @ValidateNested() @Type(() => PeerFeedbackResponse) peers?: PeerFeedbackResponse;
}
export class CoachAlertResponse {
  @IsIn(['inactive', 'missed_action']) kind!: string;
  @IsString() raisedOn!: string;
  @IsOptional() @IsString() detail?: string;
  @IsOptional() @IsString() nudgedAt?: string;
}
export class EcoachItemResponse {
  @IsString() citizenId!: string;
  @IsString() fiscalCode!: string;
  @IsString() name!: string;
  @IsInt() pathway!: number;
  @IsOptional() @IsString() lastActivityOn?: string;
  @IsInt() activitiesLast30Days!: number;
  @IsInt() overdueActions!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CoachAlertResponse) alerts!: CoachAlertResponse[];
}
export class EcoachResponse {
  @IsInt() inactivityDays!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => EcoachItemResponse) items!: EcoachItemResponse[];
}
export class EcoachPersonResponse {
  @ValidateNested() @Type(() => EcoachItemResponse) person!: EcoachItemResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => PlanItemResponse) activities!: PlanItemResponse[];
}
