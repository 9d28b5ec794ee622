/** "Come vuoi ricevere i messaggi" (logged in). */
export const messagePreferencesPath = '/messaggi/preferenze';
