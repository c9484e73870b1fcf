import type { SymptomPreset, TagKind, TagPreset } from '$lib/domain/check-in-presets';
import type { CheckInWords } from './check-in.en';

/** Check-in ("registro"): the quick form, its symptoms and tags, and the words its history shares. */
export const checkInEs: CheckInWords = {
	form: {
		title: 'Registro del día',
		editTitle: 'Editar registro',
		intro: '¿Cómo estás ahora mismo? Solo hace falta el ánimo.',
		mood: 'Ánimo',
		moodLabel: '¿Cómo está tu ánimo ahora mismo?',
		/** On an edit: the entry is about then, not now. `when` is its day, and its time unless filled in later. */
		moodThen: (when: string) => `¿Cómo era tu ánimo el ${when}?`,
		moodWords: { low: 'Muy bajo', mid: 'Regular', high: 'Muy bueno' },
		notChosen: 'Sin elegir',
		outOf: (value: number) => `${value} de 10`,
		scaleHint: 'Toca o desliza a lo largo de la línea.',
		symptoms: 'Síntomas',
		symptomsHint: 'Opcional. Puntúa los que quieras; los demás quedan «sin puntuar».',
		notRated: 'Sin puntuar',
		clear: 'Borrar',
		clearLabel: (name: string) => `Borrar la puntuación de ${name}`,
		tags: 'Etiquetas',
		tagsHint: 'Opcional. Qué hiciste, con quién estabas, dónde.',
		note: 'Nota',
		noteHint: 'Opcional. Es privada: se queda en este dispositivo.',
		day: 'Día',
		dayHint: 'Si se te pasó un día, elígelo aquí. Se marcará como anotado más tarde.',
		save: 'Guardar registro',
		saveChanges: 'Guardar cambios',
		saving: 'Guardando…',
		cancel: 'Cancelar',
		draftRestored: 'Guardamos lo que habías empezado.',
		savedTitle: 'Registro guardado',
		savedBody: 'Gracias por dedicarte un momento.',
		again: 'Hacer otro registro',
		today: 'Volver a Hoy',
		history: 'Historial',
		manage: 'Síntomas y etiquetas',
		measures: 'Cuestionarios',
		moreLinks: 'Más sobre los registros'
	},
	symptomNames: {
		anxiety: 'Ansiedad',
		'low-mood': 'Ánimo bajo',
		'sleep-quality': 'Calidad del sueño',
		energy: 'Energía',
		irritability: 'Irritabilidad'
	} satisfies Record<SymptomPreset, string>,
	/** The words under each end of a symptom's scale; a symptom without its own uses `other`. */
	symptomWords: {
		anxiety: { low: 'Nada', high: 'Muy fuerte' },
		'low-mood': { low: 'Nada', high: 'Muy fuerte' },
		// Feminine: they describe "la calidad del sueño".
		'sleep-quality': { low: 'Muy mala', high: 'Muy buena' },
		energy: { low: 'Nada', high: 'Mucha' },
		irritability: { low: 'Nada', high: 'Muy fuerte' },
		other: { low: 'Nada', high: 'Muy fuerte' }
	} satisfies Record<SymptomPreset | 'other', { low: string; high: string }>,
	tagNames: {
		exercise: 'Ejercicio',
		work: 'Trabajo o estudios',
		friends: 'Amistades',
		family: 'Familia',
		home: 'En casa',
		outside: 'Tiempo al aire libre',
		therapy: 'Sesión de terapia'
	} satisfies Record<TagPreset, string>,
	tagKinds: {
		activity: 'Actividades',
		people: 'Personas',
		place: 'Lugares',
		context: 'Contexto'
	} satisfies Record<TagKind, string>,
	// Masculine: it describes "el registro".
	filledInLater: 'Anotado más tarde'
};
