/** "Validazione delle competenze" (registered in app/ivc-routes.tsx, linked from /profilo). */
export const ivcPath = '/validazione-competenze';
