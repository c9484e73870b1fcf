import { catalogue } from './catalogue.svelte';
import { worksheetsEn } from './worksheets.en';

export const mWorksheets = catalogue('worksheets', worksheetsEn);
