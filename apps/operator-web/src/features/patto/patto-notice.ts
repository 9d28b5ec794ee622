/** What just happened to a patto, announced at the top of its page (also passed by the new-patto page when navigating). */
export const PATTO_NOTICES = ['saved', 'proposed', 'countersigned', 'uploaded', 'amendSaved', 'closed'] as const;
export type PattoNotice = (typeof PATTO_NOTICES)[number];

export const isPattoNotice = (value: unknown): value is PattoNotice => (PATTO_NOTICES as readonly unknown[]).includes(value);
