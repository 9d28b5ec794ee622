import { LoginPage } from '@opencpi/ui';

/** /: the operator's login page (SPID, CIE); a logged-in operator goes to the citizens' search. */
export function LoginRoute() {
  return <LoginPage app="operator" homePath="/cittadini" />;
}
