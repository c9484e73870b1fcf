import type { PartOfDay } from '$lib/domain/time';
import type { TodayWords } from './today.en';

/** Today: the greeting, its cards, the check-in status line and the questionnaires-due card. */
export const todayEs: TodayWords = {
	today: {
		greeting: {
			morning: 'Buenos días',
			afternoon: 'Buenas tardes',
			evening: 'Buenas noches',
			night: 'Hola'
		} satisfies Record<PartOfDay, string>,
		intro: 'Toma lo que te ayude hoy y deja lo demás.',
		checkInTitle: 'Registro del día',
		checkInBody: '¿Cómo estás ahora mismo? Registrarte toma unos segundos.',
		skillsTitle: 'Practicar una habilidad',
		skillsBody: 'Respiración, anclaje y las habilidades de tus sesiones.',
		helpTitle: '¿Necesitas ayuda ahora?',
		helpBody: 'Líneas de crisis y tu gente, incluso sin internet.'
	},
	// No "a las": the time may be "1:30 p. m.", which would need "a la".
	checkInStatus: {
		none: 'Aún no hay registros hoy.',
		one: (time: string) => `Registro de hoy: ${time}.`,
		many: (count: number, time: string) => `${count} registros hoy; el último: ${time}.`
	},
	measuresDue: {
		title: 'Dos cuestionarios cortos',
		titleOne: 'Un cuestionario corto',
		body: 'El ánimo y la ansiedad en las últimas dos semanas, cuando te venga bien. Unos 3 minutos.',
		one: (name: string) => `Tu ${name} está listo cuando te venga bien. Unos 2 minutos.`,
		names: { phq9: 'PHQ-9', gad7: 'GAD-7' }
	}
};
