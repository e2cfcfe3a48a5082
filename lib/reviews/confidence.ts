// How sure a reviewer is of their scores, for the schema and for the browser's form (no zod here).
/** Confidence levels of a review, 1 (low) to 4 (expert). */
export const CONFIDENCE_LEVELS = [
  { value: '1', label: 'Low: outside my expertise' },
  { value: '2', label: 'Medium: some familiarity' },
  { value: '3', label: 'High: I know this area well' },
  { value: '4', label: 'Expert: this is my specialty' },
] as const;
