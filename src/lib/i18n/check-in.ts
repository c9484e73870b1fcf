import { checkInEn } from './check-in.en';
import { localize } from './localize';

export const mCheckIn = localize({ en: checkInEn });
