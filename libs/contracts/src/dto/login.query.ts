import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ToInt } from '../validation/int32.validator';
import { LoginApp, type SpidLevel } from '../spid';

/** GET /api/auth/{spid|cie}/login */
export class LoginQuery {
  /** Identity provider id from GET /api/auth/idps (SPID only; CIE has one IdP). */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  idp?: string;

  /** Requested SPID/CIE level; 2 is the default for OpenCPI services. */
  @IsOptional()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(3)
  level?: SpidLevel;

  /** Which SPA to return to after login. */
  @IsOptional()
  @IsIn(Object.values(LoginApp))
  app?: LoginApp;
}
