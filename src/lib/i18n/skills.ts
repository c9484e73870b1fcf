import { localize } from './localize';
import { skillsEn } from './skills.en';

export const mSkills = localize({ en: skillsEn });
