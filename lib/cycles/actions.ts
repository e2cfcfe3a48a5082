'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { cycleSchema, copyCycleSchema, moveCycleSchema } from './schema';
import { copyCycle, createCycle, moveCycle, updateCycle } from './service';

// A cycle's dates and status change what nominators, nominees and MVPs see across the portal.
const revalidateCycles = () => revalidatePath('/', 'layout');

export const saveCycleAction = defineAction(cycleSchema, async (viewer, input) => {
  const result = input.id
    ? { id: input.id, ...(await updateCycle(viewer, { ...input, id: input.id })) }
    : { ...(await createCycle(viewer, input)), version: 0 };
  revalidateCycles();
  return result;
});

export const moveCycleAction = defineAction(moveCycleSchema, async (viewer, input) => {
  const result = await moveCycle(viewer, input);
  revalidateCycles();
  return result;
});

export const copyCycleAction = defineAction(copyCycleSchema, async (viewer, input) => {
  const result = await copyCycle(viewer, input);
  revalidateCycles();
  return result;
});
