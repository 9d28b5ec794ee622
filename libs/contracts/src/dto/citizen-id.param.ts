import { IsUUID } from 'class-validator';

export class CitizenIdParam {
  @IsUUID('4')
  citizenId!: string;
}
