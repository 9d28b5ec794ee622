/** The names of the vacancy's codes in the reader's language, from the app's own catalogue (both apps have them). */
export interface VacancyOptionLabels {
  contractType: (code: string) => string;
  hours: (code: string) => string;
  language: (code: string) => string;
  /** CEFR level: "B2 – intermedio superiore" */
  level: (code: string) => string;
  licence: (code: string) => string;
  /** minimum study title: "Nessuno", "EQF 4"… */
  eqf: (level: number) => string;
}
