import { catalogue } from './catalogue.svelte';
import { nextStepEn } from './next-step.en';

export const mNextStep = catalogue('nextStep', nextStepEn);
