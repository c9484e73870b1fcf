import { localize } from './localize';
import { todayEn } from './today.en';

export const mToday = localize({ en: todayEn });
