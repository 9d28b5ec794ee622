/** Strings of the citizen SPA: imprese pages (merged into the `citizen` namespace under `imprese`). */
export const itCitizenImprese = {
  title: '',
};
