import type { ErrorCode, LoginApp, SpidUserErrorCode } from '@opencpi/contracts';

/** Why a login did not succeed, and which app's courtesy page tells the person. */
export class LoginRefused extends Error {
  constructor(
    readonly reason: ErrorCode,
    readonly app: LoginApp,
    /** the SPID error code the IdP sent, shown to the person (nr19–nr25) */
    readonly spidCode?: SpidUserErrorCode,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'LoginRefused';
  }
}
