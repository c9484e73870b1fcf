import { catalogue } from './catalogue.svelte';
import { settingsEn } from './settings.en';

export const mSettings = catalogue('settings', settingsEn);
