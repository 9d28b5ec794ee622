/**
 * Set when the API answers 401 to a logged-in user (session expired or ended elsewhere), read by the login page
 * to say so. A module variable rather than router state: several components may redirect at the same moment.
 */
let ended = false;
/** what to do once the login page is shown (see leaveForLogin) */
let onLoginPage: (() => void) | undefined;

export const sessionEnded = {
  mark(then?: () => void): void {
    ended = true;
    if (then) onLoginPage = then;
  },
  get(): boolean {
    return ended;
  },
  /** called by the login page once shown */
  clear(): void {
    ended = false;
    const then = onLoginPage;
    onLoginPage = undefined;
    then?.();
  },
};
