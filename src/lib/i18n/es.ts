import type { Catalogues } from './catalogue.svelte';
import { checkInHistoryEs } from './check-in-history.es';
import { checkInEs } from './check-in.es';
import { shellEs } from './es.shell';
import { helpNowEs } from './help-now.es';
import { measuresEs } from './measures.es';
import { messagesEs } from './messages.es';
import { nextStepEs } from './next-step.es';
import { progressEs } from './progress.es';
import { safetyPlanEs } from './safety-plan.es';
import { settingsEs } from './settings.es';
import { skillsEs } from './skills.es';
import { todayEs } from './today.es';
import { worksheetsEs } from './worksheets.es';

/**
 * Between in Spanish: every area's words, loaded only when Spanish is on screen (catalogue.svelte.ts). The app's
 * own words address the client as "tú"; the PHQ-9 and GAD-7 keep the formal "usted" of their published Spanish (US)
 * version (measures.es.ts).
 */
export const es: Catalogues = {
	shell: shellEs,
	today: todayEs,
	checkIn: checkInEs,
	checkInHistory: checkInHistoryEs,
	helpNow: helpNowEs,
	measures: measuresEs,
	messages: messagesEs,
	nextStep: nextStepEs,
	progress: progressEs,
	safetyPlan: safetyPlanEs,
	settings: settingsEs,
	skills: skillsEs,
	worksheets: worksheetsEs
};
