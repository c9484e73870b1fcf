import type { Instrument, Severity } from '$lib/domain/measures';
import type { MeasuresWords } from './measures.en';

// The PHQ-9 and GAD-7 in their published Spanish (US) version (shared/CLINICAL.md, "Spanish (second language)"),
// character for character, with its formal "usted". Do not edit it, even to "improve" it.
// PHQ-9: the version distributed with Pfizer's licence line ("Elaborado por los doctores Robert L. Spitzer, Janet
// B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere
// permiso para reproducir, traducir, presentar o distribuir.").
// GAD-7: as independent copies agree (same stem, answers and difficulty question as the PHQ-9). Not yet checked
// against the Pfizer PDF: verify it when that can be had.
// Everything outside the instruments' own text is the app's voice, "tú".

/** PHQ-9, GAD-7, their results, and the safety panel shown when PHQ-9 item 9 is above 0. */
export const measuresEs: MeasuresWords = {
	instruments: {
		phq9: {
			name: 'PHQ-9',
			about: 'Ánimo',
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
			/** The functional question as the Spanish PHQ-9 form words it (CLINICAL.md). */
			difficulty:
				'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
			symptomsOf: 'depresión',
			whatItIs:
				'El PHQ-9 pregunta con qué frecuencia te han molestado nueve síntomas comunes de la depresión en las últimas dos semanas. Muchos terapeutas lo usan para ver cómo cambian las cosas con el tiempo.'
		},
		gad7: {
			name: 'GAD-7',
			about: 'Ansiedad',
			// The Spanish (US) GAD-7 shares the PHQ-9's stem.
			stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
			items: [
				'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
				'No ha sido capaz de parar o controlar su preocupación',
				'Se ha preocupado demasiado por motivos diferentes',
				'Ha tenido dificultad para relajarse',
				'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
				'Se ha molestado o irritado fácilmente',
				'Ha tenido miedo de que algo terrible fuera a pasar'
			],
			/** The same question as the PHQ-9's, as the Spanish (US) copies word it (CLINICAL.md). */
			difficulty:
				'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
			symptomsOf: 'ansiedad',
			whatItIs:
				'El GAD-7 pregunta con qué frecuencia te han molestado siete síntomas comunes de la ansiedad en las últimas dos semanas. Muchos terapeutas lo usan para ver cómo cambian las cosas con el tiempo.'
		}
	} satisfies Record<Instrument, object>,
	/** The licence line of the Spanish (US) forms, verbatim (shared/CLINICAL.md). */
	licence:
		'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
	/** The four answers, scored 0 to 3 (Spanish US version). */
	answers: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
	/** The functional question (LOINC 69722-7), asked last and never scored. */
	difficulty: {
		answers: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
		optional: 'Esta pregunta es opcional y no cuenta para la puntuación.'
	},
	// Masculine, agreeing with "nivel"/"rango": the band names a range, not the reader.
	severity: {
		minimal: 'Mínimo',
		mild: 'Leve',
		moderate: 'Moderado',
		'moderately-severe': 'Moderadamente grave',
		severe: 'Grave'
	} satisfies Record<Severity, string>,
	home: {
		title: 'Cuestionarios',
		intro:
			'Dos cuestionarios cortos que usan muchos terapeutas: sobre el ánimo (PHQ-9) y la ansiedad (GAD-7). Cada uno toma un par de minutos y se refiere a las últimas dos semanas.',
		start: 'Empezar',
		continue: (answered: number, total: number) => `Continuar (${answered} de ${total} respondidas)`,
		startLabel: (name: string) => `Empezar el ${name}`,
		continueLabel: (name: string) => `Continuar el ${name}`,
		never: 'Aún sin responder.',
		last: (day: string, total: number, max: number, band: string) =>
			`Último: ${day}, ${total} de ${max} (${band})`,
		due: 'Cuando quieras.',
		next: (day: string) => `Próximo sugerido: ${day}.`,
		scheduleOff: 'Sin calendario: responde uno cuando quieras.',
		changeSchedule: 'Cambia la frecuencia en Más',
		past: 'Resultados anteriores',
		noPast: 'Aquí aparecerán tus resultados.',
		older: 'Ver resultados más antiguos',
		deleted: (name: string, day: string) => `Resultado del ${name} del ${day} eliminado.`,
		undo: 'Deshacer',
		restored: 'Resultado recuperado.',
		dismiss: 'Cerrar'
	},
	form: {
		step: (n: number, total: number) => `Pregunta ${n} de ${total}`,
		lastStep: 'Última pregunta',
		back: 'Atrás',
		next: 'Siguiente',
		finish: 'Terminar',
		saving: 'Guardando…',
		leave: 'Más tarde',
		kept: 'Tus respuestas se guardan sobre la marcha. Puedes salir y volver.',
		restored: 'Qué bien verte de nuevo. Guardamos tus respuestas.',
		answerFirst: 'Elige una respuesta para seguir.'
	},
	result: {
		title: (name: string) => `Tu resultado del ${name}`,
		// A colon, not "el": the date starts with a weekday.
		takenOn: (day: string) => `Respondido: ${day}`,
		score: (total: number, max: number) => `${total} de ${max}`,
		range: (band: string, symptomsOf: string) =>
			`Tus respuestas están en el rango ${band.toLowerCase()} de síntomas de ${symptomsOf} en las últimas dos semanas.`,
		bandsCaption: 'Rangos de puntuación',
		bandRange: (min: number, max: number) => `${min}–${max}`,
		yourScore: 'tu puntuación',
		whatItMeans: 'Qué significa',
		notDiagnosis:
			'Esto es un cuestionario, no un diagnóstico. Una puntuación no puede decir qué te está pasando; tu terapeuta puede ayudarte a entenderla.',
		lowerIsFewer: 'Una puntuación más baja significa menos síntomas.',
		change: 'Desde la última vez',
		first: 'Es el primero que respondes aquí, así que aún no hay nada con qué comparar.',
		lower: (points: number, day: string, was: number) =>
			`${points} ${points === 1 ? 'punto' : 'puntos'} menos que el ${day} (${was}).`,
		higher: (points: number, day: string, was: number) =>
			`${points} ${points === 1 ? 'punto' : 'puntos'} más que el ${day} (${was}).`,
		same: (day: string, was: number) => `Igual que el ${day} (${was}).`,
		difficulty: 'Cuánta dificultad te dieron estos problemas',
		done: 'Listo',
		notFound: 'Este resultado no está aquí.',
		delete: 'Eliminar este resultado',
		deleteHint: 'Podrás deshacerlo en la siguiente pantalla.',
		couldNotDelete: 'No se pudo eliminar. Inténtalo de nuevo.'
	},
	safety: {
		title: 'No tienes que cargar con esto a solas',
		// Both halves of item 9 (CLINICAL.md, expert review): a person who answered about either knows this is for them.
		body: 'Gracias por responder con sinceridad. Si has tenido pensamientos de que sería mejor morir, o de hacerte daño de alguna manera, busca ayuda ahora: una línea de crisis o alguien de confianza.',
		notMonitored:
			'Nadie revisa estas respuestas en tiempo real, y Between no puede llamar a nadie por ti. Si sientes que podrías llevar a cabo estos pensamientos, llama ahora a una línea de crisis o a los servicios de emergencia.',
		tellTherapist: 'Cuéntale a tu terapeuta sobre estos pensamientos, en tu próxima sesión o antes.',
		helpNowIntro:
			'En Ayuda ahora tienes todo esto, tu plan de seguridad y más, a un toque desde cualquier pantalla.',
		helpNow: 'Abrir Ayuda ahora',
		planIntro: 'Tu plan de seguridad está en Ayuda ahora, a un toque desde cualquier pantalla.',
		openPlan: 'Abrir mi plan de seguridad',
		yourPeople: 'Tu gente',
		continue: 'Puedes seguir con las preguntas cuando quieras.',
		announce: 'Las líneas de crisis y tu gente aparecen ahora arriba en esta página.'
	}
};
