import { catalogue } from './catalogue.svelte';
import { safetyPlanEn } from './safety-plan.en';

export const mPlan = catalogue('safetyPlan', safetyPlanEn);
