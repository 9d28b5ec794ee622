/**
 * The entrance chosen on the landing page (Cittadini / Imprese), kept in the tab's sessionStorage across the SPID/CIE
 * round trip (the API always returns to /profilo). After login a company representative lands in the company area
 * unless they chose "Cittadini"; decided once per login, then the person moves freely between the two areas.
 */
const KEY = 'opencpi.entrance';
type Entrance = 'citizen' | 'company';
let decided: boolean | undefined;

export function chooseEntrance(entrance: Entrance): void {
  decided = undefined;
  try {
    sessionStorage.setItem(KEY, entrance);
  } catch {
    // storage unavailable (private mode): the default applies
  }
}

export function chosenEntrance(): Entrance | null {
  try {
    const v = sessionStorage.getItem(KEY);
    return v === 'citizen' || v === 'company' ? v : null;
  } catch {
    return null;
  }
}

/** true once per login for a company representative who did not choose "Cittadini" (same answer on a re-render). */
export function takeCompanyEntrance(): boolean {
  if (decided !== undefined) return decided;
  let before: string | null = null;
  try {
    before = sessionStorage.getItem(KEY);
    sessionStorage.setItem(KEY, 'landed');
  } catch {
    // no storage: decide for this page load only
  }
  decided = before !== 'landed' && before !== 'citizen';
  return decided;
}
