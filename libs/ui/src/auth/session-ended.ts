/**
 * Set when the API answers 401 to a logged-in user (session expired or ended elsewhere), read by the login page
 * to say so. A module variable rather than router state: several components may redirect at the same moment.
 */
let ended = false;

export const sessionEnded = {
  mark(): void {
    ended = true;
  },
  get(): boolean {
    return ended;
  },
  clear(): void {
    ended = false;
  },
};
