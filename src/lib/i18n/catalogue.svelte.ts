import type { Language } from '$lib/domain/settings';
import type { CheckInHistoryWords } from './check-in-history.en';
import type { CheckInWords } from './check-in.en';
import type { Messages } from './en';
import type { HelpNowWords } from './help-now.en';
import type { MeasuresWords } from './measures.en';
import type { MessageWords } from './messages.en';
import type { NextStepWords } from './next-step.en';
import type { ProgressWords } from './progress.en';
import type { SafetyPlanWords } from './safety-plan.en';
import type { SettingsWords } from './settings.en';
import type { SkillsWords } from './skills.en';
import type { TodayWords } from './today.en';
import type { WorksheetsWords } from './worksheets.en';

/** Every area's catalogue, by the English one's shape: what a second language provides, area by area. */
export interface Catalogues {
	shell: Messages;
	today: TodayWords;
	checkIn: CheckInWords;
	checkInHistory: CheckInHistoryWords;
	helpNow: HelpNowWords;
	measures: MeasuresWords;
	messages: MessageWords;
	nextStep: NextStepWords;
	progress: ProgressWords;
	safetyPlan: SafetyPlanWords;
	settings: SettingsWords;
	skills: SkillsWords;
	worksheets: WorksheetsWords;
}
export type Area = keyof Catalogues;

/** Where an area's words come from in the language in use: a loaded catalogue, or one made from the English. */
export type CatalogueSource = <A extends Area>(area: A, en: Catalogues[A]) => Catalogues[A];

/**
 * The catalogues of each language but English, one file per area (`<area>.<lang>.ts`) gathered by a
 * `<lang>.ts` that this imports only when the language is chosen, so no one downloads words they do not read.
 * Adding a tag to LANGUAGES (domain/settings.ts) makes this ask for its loader.
 */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalogues>> = {
	es: async () => (await import('./es')).es
};

interface Holder<T> {
	readonly en: T;
	current: T;
}

// Not reactive themselves: every read goes through `active` below, which changes with the words.
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
const holders = new Map<Area, Holder<unknown>>();
let source: CatalogueSource | null = null;
/** The language of the words on screen, for `<html lang>` and Intl; reading a word depends on it. */
let active = $state<string>('en');
let wanted: string = 'en';

/**
 * An area's words under the name components use (`mToday.today.intro`), English at once and synchronously; in
 * another language, the same name reads that language's words, and a screen showing them redraws when the
 * language changes. Read through the name each time: a sub-object kept aside keeps the language it was read in.
 */
export function catalogue<A extends Area>(area: A, en: Catalogues[A]): Catalogues[A] {
	let holder = holders.get(area) as Holder<Catalogues[A]> | undefined;
	if (!holder) holders.set(area, (holder = { en, current: source ? source(area, en) : en }));
	const words = holder;
	return new Proxy(en, {
		get: (_, key) => {
			void active; // a screen that reads a word redraws when the language changes
			return Reflect.get(words.current as object, key);
		}
	});
}

/** Every area, already loaded or still to come, reads its words from `next` (English when null). */
export function useCatalogues(next: CatalogueSource | null, language: string): void {
	source = next;
	wanted = language;
	for (const [area, holder] of holders) holder.current = next ? next(area, holder.en as never) : holder.en;
	active = language;
}

/** The language the words on screen are in: a BCP 47 tag for `<html lang>` and for Intl. */
export const contentLanguage = (): string => active;

/** A test-only language (the pseudo-locale) holds the screen: a setting or the browser does not replace it. */
let pinned = false;
export const pinLanguage = () => {
	pinned = true;
};

/**
 * Shows Between in `language`: English at once; another language once its catalogues have loaded (a later
 * choice made meanwhile wins). The shell awaits this before its first render when the language is known.
 */
export async function useLanguage(language: Language): Promise<void> {
	if (pinned || language === wanted) return;
	wanted = language;
	if (language === 'en') return useCatalogues(null, linkManifest('en'));
	const load = (loaders as Partial<Record<string, () => Promise<Catalogues>>>)[language];
	if (!load) return;
	const bundle = await load();
	if (wanted !== language || pinned) return;
	useCatalogues((area) => bundle[area], linkManifest(language));
}

/**
 * Links the manifest in `language` (each translation is a file of its own, vite.config.ts), so that installing
 * Between from a Spanish screen names it and its shortcuts in Spanish. Returns the language.
 */
function linkManifest(language: Language): Language {
	globalThis.document
		?.querySelector('link[rel="manifest"]')
		?.setAttribute('href', `/manifest${language === 'en' ? '' : `.${language}`}.webmanifest`);
	return language;
}
