import { catalogue } from './catalogue.svelte';
import { checkInHistoryEn } from './check-in-history.en';

export const mHistory = catalogue('checkInHistory', checkInHistoryEn);
