/** Strings of the citizen SPA: matching pages (merged into the `citizen` namespace under `matching`). */
export const itCitizenMatching = {
  title: '',
};
