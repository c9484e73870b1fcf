import { catalogue } from './catalogue.svelte';
import { skillsEn } from './skills.en';

export const mSkills = catalogue('skills', skillsEn);
