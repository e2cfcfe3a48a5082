-- AlterEnum (alone: a new enum value can be used only once its transaction has committed)
ALTER TYPE "MctApplicationStatus" ADD VALUE 'HELD';
