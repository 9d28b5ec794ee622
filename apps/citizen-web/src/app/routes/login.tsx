import { LoginPage } from '@opencpi/ui';
import { EntranceChoice } from '../../features/navigation/components/entrance-choice';
import '../../features/navigation/navigation.css';

/** /: the login page (SPID, CIE) with the two entrances, Cittadini and Imprese; a logged-in person goes to "La mia situazione". */
export function LoginRoute() {
  return <LoginPage app="citizen" homePath="/profilo" beforeOptions={<EntranceChoice />} />;
}
