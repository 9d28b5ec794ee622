import { IsOptional, IsString, Length } from 'class-validator';

/**
 * What an IdP sends to our SingleLogoutService (HTTP-Redirect binding): its LogoutRequest, or its
 * LogoutResponse to ours, signed over the raw query (the service reads the raw query for the signature).
 */
export class SloQuery {
  @IsOptional() @IsString() @Length(1, 40_000) SAMLRequest?: string;
  @IsOptional() @IsString() @Length(1, 40_000) SAMLResponse?: string;
  @IsOptional() @IsString() @Length(0, 400) RelayState?: string;
  @IsOptional() @IsString() @Length(1, 200) SigAlg?: string;
  @IsOptional() @IsString() @Length(1, 2_000) Signature?: string;
}
