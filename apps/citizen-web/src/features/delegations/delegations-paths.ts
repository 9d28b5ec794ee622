/** The path of "Chi mi assiste" (registered in app/delegations-routes.tsx, linked from /profilo). */
export const delegationsPath = '/chi-mi-assiste';
