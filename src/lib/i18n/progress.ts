import { catalogue } from './catalogue.svelte';
import { progressEn } from './progress.en';

export const mProgress = catalogue('progress', progressEn);
