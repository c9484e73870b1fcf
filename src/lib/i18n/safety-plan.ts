import { localize } from './localize';
import { safetyPlanEn } from './safety-plan.en';

export const mPlan = localize({ en: safetyPlanEn });
