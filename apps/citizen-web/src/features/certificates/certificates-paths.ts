/** "I miei certificati" (registered in app/certificates-routes.tsx, linked from /profilo). */
export const certificatesPath = '/certificati';
/** The public verification page (the QR code's target: /verifica/<code>; /verifica alone asks for the code or the PDF). */
export const verifyPath = '/verifica';
