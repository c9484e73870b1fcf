import { catalogue } from './catalogue.svelte';
import { checkInEn } from './check-in.en';

export const mCheckIn = catalogue('checkIn', checkInEn);
