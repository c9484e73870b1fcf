import { describe, expect, test } from 'vitest';
import type { Area, Catalogues } from '$lib/i18n/catalogue.svelte';
import { checkInHistoryEn } from '$lib/i18n/check-in-history.en';
import { checkInEn } from '$lib/i18n/check-in.en';
import { en } from '$lib/i18n/en';
import { es } from '$lib/i18n/es';
import { helpNowEn } from '$lib/i18n/help-now.en';
import { LANGUAGE_NAMES, matchLanguage } from '$lib/i18n/languages';
import { measuresEn } from '$lib/i18n/measures.en';
import { messagesEn } from '$lib/i18n/messages.en';
import { nextStepEn } from '$lib/i18n/next-step.en';
import { progressEn } from '$lib/i18n/progress.en';
import { safetyPlanEn } from '$lib/i18n/safety-plan.en';
import { settingsEn } from '$lib/i18n/settings.en';
import { skillsEn } from '$lib/i18n/skills.en';
import { todayEn } from '$lib/i18n/today.en';
import { worksheetsEn } from '$lib/i18n/worksheets.en';

const english: Catalogues = {
	shell: en,
	today: todayEn,
	checkIn: checkInEn,
	checkInHistory: checkInHistoryEn,
	helpNow: helpNowEn,
	measures: measuresEn,
	messages: messagesEn,
	nextStep: nextStepEn,
	progress: progressEn,
	safetyPlan: safetyPlanEn,
	settings: settingsEn,
	skills: skillsEn,
	worksheets: worksheetsEn
};

type Leaf = { path: string; value: unknown };

/** Every word of a catalogue with where it sits: strings, arrays' items, and functions (by their parameters). */
function leaves(value: unknown, path = ''): Leaf[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
	return [{ path, value }];
}

const shape = (leaf: Leaf) =>
	`${leaf.path}: ${typeof leaf.value === 'function' ? `function(${leaf.value.length})` : typeof leaf.value}`;

/** `{name}` placeholders a string keeps for the code to fill in. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const AREAS = Object.keys(english) as Area[];

describe('Between in Spanish', () => {
	test('every area has every key of the English, with the same kind of value and the same parameters', () => {
		for (const area of AREAS) {
			expect(leaves(es[area]).map(shape), area).toEqual(leaves(english[area]).map(shape));
		}
	});

	test('every string keeps the placeholders of its English', () => {
		for (const area of AREAS) {
			const spanish = new Map(leaves(es[area]).map((leaf) => [leaf.path, leaf.value]));
			for (const { path, value } of leaves(english[area])) {
				if (typeof value !== 'string') continue;
				expect(placeholders(String(spanish.get(path))), `${area}.${path}`).toEqual(placeholders(value));
			}
		}
	});

	test('no sentence is left in English', () => {
		// Words that are the same in both languages: names, abbreviations, numbers and symbols.
		const same = new Set(['Between', 'PHQ-9', 'GAD-7', 'SUDS', 'OK', 'No', 'Total', 'Error']);
		const left: string[] = [];
		for (const area of AREAS) {
			const spanish = new Map(leaves(es[area]).map((leaf) => [leaf.path, leaf.value]));
			for (const { path, value } of leaves(english[area])) {
				if (typeof value !== 'string' || !/[a-z]{3,}/i.test(value) || same.has(value)) continue;
				if (spanish.get(path) === value && value.split(/\s+/).length > 1)
					left.push(`${area}.${path}: ${value}`);
			}
		}
		expect(left).toEqual([]);
	});

	test('the app’s own words say “tú”, not “usted” or “vosotros”; only the questionnaires keep their “usted”', () => {
		const formal: string[] = [];
		for (const area of AREAS) {
			for (const { path, value } of leaves(es[area])) {
				// The published text: stem, items and the difficulty question, and their answers.
				if (area === 'measures' && /^instruments\.\w+\.(stem|items|difficulty)/.test(path)) continue;
				if (area === 'measures' && path.startsWith('answers')) continue;
				if (area === 'measures' && path.startsWith('difficulty.answers')) continue;
				const text = String(value);
				if (/\b(usted|ustedes|vosotros|vosotras|vuestro|vuestra)\b/i.test(text))
					formal.push(`${area}.${path}`);
			}
		}
		expect(formal).toEqual([]);
	});

	test('a browser in any Spanish region gets Spanish, named in itself', () => {
		expect(matchLanguage(['es-MX'])).toBe('es');
		expect(matchLanguage(['es-419', 'en'])).toBe('es');
		expect(matchLanguage(['de-DE', 'es-ES'])).toBe('es');
		expect(LANGUAGE_NAMES.es).toBe('Español');
	});
});

// The PHQ-9 and GAD-7 in their Spanish (US) version, as shared/CLINICAL.md gives them (the version distributed with
// Pfizer's licence line), character for character: the questionnaire a client answers is the published one.
const PHQ9_ES = {
	stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
	items: [
		'Poco interés o placer en hacer cosas',
		'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
		'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
		'Se ha sentido cansado(a) o con poca energía',
		'Sin apetito o ha comido en exceso',
		'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
		'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
		'¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
		'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera'
	],
	difficulty:
		'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?'
};
const GAD7_ES_ITEMS = [
	'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
	'No ha sido capaz de parar o controlar su preocupación',
	'Se ha preocupado demasiado por motivos diferentes',
	'Ha tenido dificultad para relajarse',
	'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
	'Se ha molestado o irritado fácilmente',
	'Ha tenido miedo de que algo terrible fuera a pasar'
];

describe('the questionnaires in Spanish, as published', () => {
	const { instruments, answers, difficulty } = es.measures;

	test('PHQ-9: stem, the nine items and the difficulty question', () => {
		expect(instruments.phq9.stem).toBe(PHQ9_ES.stem);
		expect(instruments.phq9.items).toEqual(PHQ9_ES.items);
		expect(instruments.phq9.difficulty).toBe(PHQ9_ES.difficulty);
	});

	test('GAD-7: the same stem and difficulty question, and its seven items', () => {
		expect(instruments.gad7.stem).toBe(PHQ9_ES.stem);
		expect(instruments.gad7.items).toEqual(GAD7_ES_ITEMS);
		expect(instruments.gad7.difficulty).toBe(PHQ9_ES.difficulty);
	});

	test('the licence line of the Spanish forms, under every questionnaire', () => {
		expect(es.measures.licence).toBe(
			'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.'
		);
	});

	test('the four answers of every item, and of the difficulty question', () => {
		expect(answers).toEqual([
			'Ningún día',
			'Varios días',
			'Más de la mitad de los días',
			'Casi todos los días'
		]);
		expect(difficulty.answers).toEqual([
			'No ha sido difícil',
			'Un poco difícil',
			'Muy difícil',
			'Extremadamente difícil'
		]);
	});
});
