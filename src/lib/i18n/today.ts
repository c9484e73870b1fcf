import { catalogue } from './catalogue.svelte';
import { todayEn } from './today.en';

export const mToday = catalogue('today', todayEn);
