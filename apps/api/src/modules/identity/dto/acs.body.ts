import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** What an IdP posts to our AssertionConsumerService (HTTP-POST binding). */
export class AcsBody {
  @IsString()
  @Length(1, 400_000)
  @Matches(/^[A-Za-z0-9+/=\r\n]+$/, { message: 'SAMLResponse must be base64' })
  SAMLResponse!: string;

  @IsOptional()
  @IsString()
  @Length(0, 80)
  RelayState?: string;
}
