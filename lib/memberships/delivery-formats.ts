// The delivery formats and their labels, without zod: the membership page's components import
// these, and its first-load JavaScript stays small (the schemas, with zod, load when a form checks).
export const DELIVERY_FORMATS = ['IN_PERSON', 'VIRTUAL', 'HYBRID'] as const;
export type DeliveryFormatKey = (typeof DELIVERY_FORMATS)[number];
export const DELIVERY_FORMAT_LABELS: Record<DeliveryFormatKey, string> = {
  IN_PERSON: 'In person',
  VIRTUAL: 'Virtual',
  HYBRID: 'Hybrid',
};

/** Reads a format as people write it: "In person", "in-person", "Onsite", "Online", "VIRTUAL" ... */
export function deliveryFormatOf(value: string): DeliveryFormatKey | null {
  const v = value.toLowerCase().replace(/[^a-z]/g, '');
  if (['inperson', 'onsite', 'classroom', 'facetoface'].includes(v)) return 'IN_PERSON';
  if (['virtual', 'online', 'remote', 'vilt'].includes(v)) return 'VIRTUAL';
  if (['hybrid', 'blended'].includes(v)) return 'HYBRID';
  return null;
}

/** The draft key of the one-by-one delivery form. */
export const DELIVERY_DRAFT_KEY = 'mct.delivery.new';
