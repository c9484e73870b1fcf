import type { SettingsWords } from './settings.en';

/** The More screen: appearance, crisis-line country, privacy, version. */
export const settingsEs: SettingsWords = {
	more: {
		title: 'Más',
		appearance: 'Apariencia',
		language: 'Idioma',
		languageAuto: (name: string) => `Como mi teléfono (${name})`,
		theme: 'Tema',
		themes: { system: 'Como mi teléfono', light: 'Claro', dark: 'Oscuro' },
		motion: 'Movimiento',
		motions: { system: 'Como mi teléfono', reduce: 'Reducir movimiento' },
		crisisRegion: 'Líneas de crisis',
		privacyTitle: 'Tu privacidad',
		privacy:
			'Todo lo que escribes se queda en este dispositivo. Between no tiene cuentas, ni servidor, ni analíticas. Nada sale de tu teléfono a menos que tú lo exportes o lo compartas.',
		version: (name: string) => `Versión ${name}`,
		measures: 'Cuestionarios',
		measuresIntro:
			'Cada cuánto te ofrece Hoy el PHQ-9 (ánimo) y el GAD-7 (ansiedad). Los dos se refieren a las últimas dos semanas.',
		measureInterval: 'Ofrecerlos',
		measureIntervals: {
			'7': 'Cada semana',
			'14': 'Cada 2 semanas',
			'28': 'Cada 4 semanas',
			off: 'Nunca'
		},
		openMeasures: 'Abrir los cuestionarios',
		safetyPlan: 'Mi plan de seguridad',
		safetyPlanBody: 'Tus pasos para los momentos difíciles, con tus propias palabras.'
	}
};
