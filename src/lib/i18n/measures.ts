import { localize } from './localize';
import { measuresEn } from './measures.en';

export const mMeasures = localize({ en: measuresEn });
