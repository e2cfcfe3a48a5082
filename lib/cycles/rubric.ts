// The review rubric a first cycle starts with; later cycles start from the latest cycle's, and admins
// edit each cycle's on its criteria page.

/** The rubric of a first cycle (later ones start from the latest cycle's); edited on the criteria page. */
export const DEFAULT_RUBRIC = [
  { key: 'impact', label: 'Impact and reach', weight: '0.30', description: 'Who benefited and how many: views, attendees, feedback.' },
  { key: 'quality', label: 'Quality and technical depth', weight: '0.25', description: 'Accuracy, depth and originality.' },
  { key: 'consistency', label: 'Consistency across the 12 months', weight: '0.15', description: 'Sustained contribution.' },
  { key: 'leadership', label: 'Community leadership', weight: '0.15', description: 'Organising, mentoring and lifting others up.' },
  { key: 'fit', label: 'Fit to the category', weight: '0.15', description: 'How well the contributions match the category.' },
].map((c, sortOrder) => ({ ...c, sortOrder }));
