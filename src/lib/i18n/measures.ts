import { catalogue } from './catalogue.svelte';
import { measuresEn } from './measures.en';

export const mMeasures = catalogue('measures', measuresEn);
