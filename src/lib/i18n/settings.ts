import { localize } from './localize';
import { settingsEn } from './settings.en';

export const mSettings = localize({ en: settingsEn });
