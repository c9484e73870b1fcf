import { checkInHistoryEn } from './check-in-history.en';
import { localize } from './localize';

export const mHistory = localize({ en: checkInHistoryEn });
