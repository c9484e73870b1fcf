import { catalogue } from './catalogue.svelte';
import { helpNowEn } from './help-now.en';

export const mHelp = catalogue('helpNow', helpNowEn);
