import { helpNowEn } from './help-now.en';
import { localize } from './localize';

export const mHelp = localize({ en: helpNowEn });
