import { LoginPage } from '@opencpi/ui';

/** /: the citizen's login page (SPID, CIE); a logged-in citizen goes to the profile. */
export function LoginRoute() {
  return <LoginPage app="citizen" homePath="/profilo" />;
}
