import { formatNumber } from './format';
import type { WorksheetsWords } from './worksheets.en';

/** The Homework screen and the worksheets' words in Spanish (CLINICAL.md, "Thought record"). */
export const worksheetsEs: WorksheetsWords = {
	// Burns's ten distortions, named as in Spanish CBT texts.
	distortions: {
		'all-or-nothing': {
			name: 'Pensamiento de todo o nada',
			sentence: 'Ver las cosas en solo dos categorías, sin nada en medio.',
			example: '«Si no es perfecto, he fracasado».'
		},
		overgeneralisation: {
			name: 'Generalización excesiva',
			sentence: 'Tomar algo que salió mal como un patrón que nunca termina.',
			example: '«No me dieron el trabajo. Nunca me sale nada bien».'
		},
		'mental-filter': {
			name: 'Filtro mental',
			sentence: 'Quedarse en un detalle negativo hasta que tiñe todo lo demás.',
			example: '«Una persona frunció el ceño durante mi presentación, así que todo salió mal».'
		},
		'disqualifying-positive': {
			name: 'Descalificar lo positivo',
			sentence: 'Decidir que lo bueno no cuenta, así que nunca cambia el panorama.',
			example: '«Solo dijeron que estaba bien para ser amables».'
		},
		'jumping-to-conclusions': {
			name: 'Sacar conclusiones precipitadas',
			sentence:
				'Dar por hecho algo malo sin tener los datos: leer la mente (saber lo que otros piensan) o adivinar el futuro.',
			example: '«No me ha contestado, así que debe de estar molesta conmigo».'
		},
		'magnification-minimisation': {
			name: 'Magnificar o minimizar',
			sentence: 'Agrandar los problemas o los errores, y empequeñecer los puntos fuertes y lo bueno.',
			example: '«Olvidé una cosa de la lista, es un desastre. Terminar todo lo demás no fue nada».'
		},
		'emotional-reasoning': {
			name: 'Razonamiento emocional',
			sentence: 'Tomar un sentimiento como prueba de cómo son las cosas en realidad.',
			// "inútil" rather than "tonto/a": the same self-judgement, without a gendered form
			example: '«Me siento inútil, así que debo de ser inútil».'
		},
		'should-statements': {
			name: 'Los «debería»',
			sentence: 'Medirte a ti o a los demás con reglas rígidas de «debería», «tengo que» y «hay que».',
			example: '«Debería poder con esto sin ayuda».'
		},
		labelling: {
			name: 'Etiquetar',
			sentence: 'Ponerte a ti o a otra persona una etiqueta dura en lugar de describir lo que pasó.',
			example: '«Soy un fracaso», en lugar de «cometí un error».'
		},
		'personalisation-blame': {
			name: 'Personalización y culpa',
			sentence:
				'Hacerte responsable de algo que no depende del todo de ti, o culpar a otros sin ver tu propia parte.',
			example: '«Mi amiga está molesta, seguro que es por algo que hice».'
		}
	},
	// Nouns, not adjectives: gender-neutral, and how Spanish thought records name moods.
	moods: {
		sad: 'Tristeza',
		anxious: 'Ansiedad',
		angry: 'Enojo',
		ashamed: 'Vergüenza',
		guilty: 'Culpa',
		hurt: 'Dolor',
		lonely: 'Soledad',
		frustrated: 'Frustración',
		scared: 'Miedo',
		hopeless: 'Desesperanza'
	},
	kinds: {
		'thought-record': 'Registro de pensamientos',
		'quick-thought-record': 'Registro rápido de pensamientos',
		'activity-log': 'Registro de actividades',
		'activity-plan': 'Actividad planeada',
		'exposure-ladder': 'Escalera de exposición',
		'problem-solving': 'Resolución de problemas'
	},
	steps: {
		situation: {
			title: 'Situación',
			explain: 'Escribe qué estaba pasando: con quién estabas, qué hacías, cuándo y dónde.',
			label: 'La situación',
			example:
				'Martes, 10 de la noche, a solas en casa. Mi hermana no respondió a mi mensaje sobre el fin de semana.'
		},
		moods: {
			title: 'Emociones',
			explain: 'Nombra cada emoción que sentiste, con una palabra, y puntúa su intensidad de 0 a 100.',
			label: 'Emociones',
			example: 'Tristeza 80, Ansiedad 60, Dolor 50.'
		},
		thoughts: {
			title: 'Pensamientos automáticos',
			explain:
				'Escribe los pensamientos e imágenes que pasaron por tu mente y marca el que más pesa (el «pensamiento caliente»): el que trae la emoción más fuerte.',
			label: 'Pensamientos e imágenes',
			example: '«No quiere verme». «Siempre me dejan de lado». (El que más pesa: «No quiere verme»).'
		},
		'evidence-for': {
			title: 'Pruebas a favor',
			explain: 'Escribe los hechos que apoyan el pensamiento que más pesa: lo que pasó, no cómo se sintió.',
			label: 'Pruebas que apoyan el pensamiento que más pesa',
			example: 'Lleva tres horas sin contestar. El mes pasado canceló el almuerzo que teníamos.'
		},
		'evidence-against': {
			title: 'Pruebas en contra',
			explain: 'Escribe los hechos que no apoyan el pensamiento que más pesa, aunque sean pequeños.',
			label: 'Pruebas que no apoyan el pensamiento que más pesa',
			example:
				'Los martes trabaja hasta tarde. Ella misma cambió la fecha del almuerzo. El domingo me preguntó cómo iba mi semana.'
		},
		balanced: {
			title: 'Pensamiento equilibrado',
			explain:
				'Escribe un pensamiento que tenga en cuenta todas las pruebas y puntúa de 0 a 100 cuánto te lo crees.',
			label: 'Pensamiento equilibrado o alternativo',
			example:
				'Seguramente está ocupada; otras veces ha sacado tiempo para mí y es probable que vuelva a hacerlo. Cuánto lo creo: 70.'
		},
		rerate: {
			title: 'Puntuar de nuevo',
			explain: 'Puntúa otra vez cada emoción de 0 a 100, según la sientes ahora.',
			label: 'Emociones ahora',
			example: 'Tristeza 50, Ansiedad 30, Dolor 40.'
		}
	},
	/** The standard prompting questions for the evidence against (Greenberger & Padesky). */
	promptingQuestions: [
		'¿He vivido experiencias que muestren que este pensamiento no siempre es del todo cierto?',
		'Si mi mejor amigo o alguien a quien quiero tuviera este pensamiento, ¿qué le diría?',
		'Si alguien que me quiere supiera que estoy pensando esto, ¿qué me diría?',
		'Cuando no me siento así, ¿veo este tipo de situación de otra manera?',
		'Otras veces que me he sentido así, ¿qué pensé que me ayudó a sentirme mejor?',
		'Dentro de cinco años, si miro atrás a esta situación, ¿la veré de otra manera?',
		'¿Hay fortalezas o aspectos positivos en mí o en la situación que estoy pasando por alto?',
		'¿Estoy sacando conclusiones que las pruebas no justifican del todo?'
	],
	/** Behavioural activation: the activity log and plan (CLINICAL.md). */
	activities: {
		title: 'Actividades',
		intro:
			'Anota lo que haces durante el día y cómo te sentiste, y planea algunas cosas que te importan. Lo pequeño también cuenta.',
		back: 'Tareas',
		logTitle: 'Anotar una actividad',
		logHint: 'Algo que hiciste hoy o antes: un paseo, una llamada, cocinar, descansar.',
		planTitle: 'Planear una actividad',
		planHint: 'Algo para un próximo día que te importe o que antes disfrutabas. Que sea algo pequeño.',
		what: '¿Qué hiciste?',
		whatPlanned: '¿Qué vas a hacer?',
		why: 'Por qué te importa (opcional)',
		day: 'Día',
		block: 'Momento del día',
		// 24-hour times: read the same in every Spanish-speaking region
		blocks: {
			night: 'Noche (antes de las 5 h)',
			'early-morning': 'Primera hora (5–9 h)',
			morning: 'Mañana (9–12 h)',
			afternoon: 'Tarde (12–17 h)',
			evening: 'Tarde-noche (17–21 h)'
		},
		blocksShort: {
			night: 'Noche',
			'early-morning': 'Primera hora',
			morning: 'Mañana',
			afternoon: 'Tarde',
			evening: 'Tarde-noche'
		},
		ratingsHint: 'Cada puntuación es opcional.',
		outOf: (value: number) => `${value} de 10`,
		notRatedYet: 'Sin puntuar',
		clear: 'Borrar',
		clearLabel: (rating: string) => `Borrar ${rating}`,
		mood: 'Ánimo',
		moodEnds: { low: 'Muy bajo', high: 'Muy bueno' },
		mastery: 'Logro: cuánto conseguiste',
		masteryEnds: { low: 'Nada', high: 'Mucho' },
		pleasure: 'Disfrute: cuánto lo disfrutaste',
		pleasureEnds: { low: 'Nada', high: 'Muchísimo' },
		note: 'Nota (opcional)',
		addToLog: 'Añadir al registro',
		addToPlan: 'Añadir al plan',
		logged: 'Añadido a tu registro.',
		planned: 'Añadido a tu plan.',
		plannedTitle: 'Planeadas',
		nonePlanned: 'Aún no hay nada planeado.',
		markDone: 'Hecho',
		markDoneLabel: (activity: string) => `Marcar como hecho: ${activity}`,
		notDone: 'No se hizo',
		notDoneLabel: (activity: string) => `${activity}: no se hizo`,
		notDoneSaid: 'Marcada como no hecha. Darte cuenta de qué se interpone también es útil.',
		doneTitle: (activity: string) => `¿Cómo te fue con «${activity}»?`,
		saveDone: 'Guardar',
		cancel: 'Cancelar',
		doneSaid: 'Marcada como hecha. Bien por anotarlo.',
		logListTitle: 'Tu registro',
		noneLogged: 'Aún no has anotado nada. Cualquier cosa que hayas hecho hoy cuenta.',
		ratings: (mood: string, mastery: string, pleasure: string) =>
			`Ánimo ${mood} · Logro ${mastery} · Disfrute ${pleasure}`,
		notRated: '–',
		wasPlanned: (ratings: string) => `${ratings} · Planeada, hecha`,
		wasNotDone: 'Planeada, no se hizo',
		deleteLabel: (activity: string) => `Eliminar ${activity}`,
		deleted: 'Actividad eliminada.',
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		summaryTitle: 'Qué coincidió con mejor ánimo',
		summaryWaiting: (left: number) =>
			`Tras ${left === 1 ? 'una actividad más' : `${formatNumber(left)} actividades más`} con puntuación de ánimo, aquí verás cuáles coincidieron con mejor ánimo.`,
		summaryIntro: (count: string, mood: string) =>
			`En ${count} actividades con puntuación de ánimo, tu ánimo promedio fue ${mood}.`,
		// Only activities done at least twice are listed, so "veces" is always plural.
		summaryRow: (name: string, mood: string, times: string) =>
			`${name}: ánimo promedio ${mood}, ${times} veces`,
		summaryAbove: (points: string) => `${points} por encima de tu promedio`,
		summaryBelow: (points: string) => `${points} por debajo de tu promedio`,
		summarySame: 'igual que tu promedio',
		summaryNone: 'Aún no hay ninguna actividad hecha dos veces con puntuación de ánimo.',
		summaryCaution:
			'Esto es lo que pasó junto a cada actividad, no una prueba de qué causa qué. Puede valer la pena hablarlo con tu terapeuta.',
		saving: 'Guardando…',
		saved: 'Guardado',
		saveFailed: 'Sin guardar'
	},
	/** The exposure ladder (CLINICAL.md): steps by expected distress, practices with SUDS before, peak and after. */
	ladder: {
		intro:
			'Haz una lista de las situaciones que evitas, de la más fácil a la más difícil, y practica los pasos de uno en uno. El malestar se puntúa de 0 a 100 (0: calma, 100: lo peor que puedas imaginar).',
		goal: '¿Cuál es tu meta?',
		goalHint: 'Por ejemplo: ir al trabajo en autobús.',
		stepsTitle: 'Tu escalera, primero lo más fácil',
		noSteps: 'Aún no hay pasos. Empieza con algunas situaciones, de un poco difíciles a muy difíciles.',
		progress: (mastered: number, total: number) =>
			`${formatNumber(mastered)} de ${formatNumber(total)} ${total === 1 ? 'paso superado' : 'pasos superados'}`,
		addStepTitle: 'Añadir un paso',
		situation: 'La situación',
		situationHint: 'Algo concreto: dónde, con quién, cuánto tiempo.',
		expected: '¿Cuánto malestar esperas?',
		sudsEnds: { low: 'Calma', high: 'Lo peor' },
		outOf: (value: number) => `${value} de 100`,
		notRated: 'Sin puntuar aún',
		addStep: 'Añadir este paso',
		expectedShort: (value: number) => `Malestar esperado: ${formatNumber(value)}`,
		practices: (count: number) =>
			count === 0
				? 'Sin practicar aún'
				: count === 1
					? 'Practicado una vez'
					: `Practicado ${formatNumber(count)} veces`,
		peakFell: (first: number, latest: number) =>
			`El malestar máximo bajó de ${formatNumber(first)} a ${formatNumber(latest)}.`,
		peakSame: (peak: number) =>
			`El malestar máximo se ha mantenido en ${formatNumber(peak)} hasta ahora. Eso suele llevar varios intentos.`,
		peakRose: (first: number, latest: number) =>
			`El malestar máximo pasó de ${formatNumber(first)} a ${formatNumber(latest)}. Hay días más difíciles; sigue a tu ritmo.`,
		mastered: 'Superado',
		masteredLabel: (situation: string) => `${situation}: superado`,
		logPractice: 'Anotar una práctica',
		logPracticeLabel: (situation: string) => `Anotar una práctica: ${situation}`,
		practiceTitle: (situation: string) => `Una práctica: ${situation}`,
		day: 'Día',
		before: 'Malestar antes',
		peak: 'Malestar máximo',
		after: 'Malestar después',
		minutes: '¿Cuántos minutos?',
		noticed: '¿Qué observaste? (opcional)',
		addPractice: 'Añadir esta práctica',
		cancel: 'Cancelar',
		removeStep: 'Quitar paso',
		removeStepLabel: (situation: string) => `Quitar el paso: ${situation}`,
		stepRemoved: 'Paso quitado.',
		practiceAdded: 'Práctica añadida. Bien hecho por hacerle frente.',
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		practiceLine: (day: string, before: number, peak: number, after: number, minutes: number) =>
			`${day}: ${formatNumber(before)} → máximo ${formatNumber(peak)} → ${formatNumber(after)}, ${formatNumber(minutes)} min`,
		save: 'Guardar escalera',
		savedLadder: 'Escalera guardada.',
		saving: 'Guardando…',
		saved: 'Guardado',
		saveFailed: 'Sin guardar'
	},
	homework: {
		title: 'Tareas',
		intro: 'Hojas de trabajo para hacer entre sesiones, a tu ritmo. Todo se guarda mientras escribes.',
		start: 'Empezar una hoja de trabajo',
		startFull: 'Registro de pensamientos',
		startFullHint: 'Siete pasos cortos, de uno en uno.',
		startQuick: 'Registro rápido de pensamientos',
		startQuickHint: 'Una sola pantalla, para el momento en que pasa.',
		startLadder: 'Escalera de exposición',
		startLadderHint: 'Pasos pequeños hacia algo que evitas, primero lo más fácil.',
		startProblem: 'Resolución de problemas',
		startProblemHint: 'Defínelo, busca opciones, elige una, planéala y luego revisa cómo fue.',
		lookBack: 'Es hora de revisar cómo fue',
		activities: 'Registro y plan de actividades',
		activitiesHint: 'Lo que hiciste y cómo te sentiste, y lo que piensas hacer.',
		drafts: 'Sin terminar',
		continueDraft: 'Continuar',
		completed: 'Terminadas',
		none: 'Aún no has terminado ninguna. Las hojas terminadas aparecerán aquí.',
		search: 'Buscar en tus hojas',
		noMatch: 'Ninguna hoja tiene esas palabras.',
		untitled: 'Aún sin texto',
		open: 'Abrir',
		delete: 'Eliminar',
		deleted: 'Hoja eliminada.',
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		deleteLabel: (title: string) => `Eliminar ${title}`,
		// A colon, not "el": the date may start with a weekday ("dom, 22 nov").
		completedOn: (date: string) => `Terminada: ${date}`,
		editedOn: (date: string) => `editada: ${date}`,
		startedOn: (date: string) => `Empezada: ${date}`
	},
	record: {
		progress: (step: number, of: number) => `Paso ${step} de ${of}`,
		back: 'Atrás',
		next: 'Siguiente',
		finish: 'Ver el resumen',
		showExample: 'Ver un ejemplo',
		showQuestions: 'Preguntas que pueden ayudar',
		hotThought: 'El que más pesa',
		addThought: 'Añadir un pensamiento',
		thoughtLabel: (n: number) => `Pensamiento ${n}`,
		removeThought: (n: number) => `Quitar el pensamiento ${n}`,
		distortionsFor: (n: number) => `Patrones en el pensamiento ${n} (opcional)`,
		addMood: 'Añadir emoción',
		moodName: 'Nombre de la emoción',
		commonMoods: 'Emociones frecuentes',
		moodRating: (name: string) => `${name}: intensidad (0-100)`,
		moodNow: (name: string) => `${name} ahora (0-100)`,
		moodWas: (n: number) => `Antes era ${n}.`,
		removeMood: (name: string) => `Quitar ${name}`,
		noMoods: 'Aún no hay emociones. Añade una arriba; puedes volver a esto luego.',
		noMoodsToRerate:
			'No se nombró ninguna emoción en el paso 2. Puedes volver atrás y añadirlas, o terminar aquí.',
		belief: 'Cuánto te lo crees (0-100)',
		summary: 'Resumen',
		summaryIntro: 'Esto es lo que escribiste.',
		moodChange: 'Cómo cambiaron tus emociones',
		changeLine: (name: string, before: number, after: number) => `${name}: ${before} antes, ${after} ahora`,
		noRerate: 'No se volvió a puntuar ninguna emoción.',
		noChangeNote: 'Las emociones no siempre cambian enseguida. Aun así, escribirlo es el trabajo.',
		done: 'Listo',
		saveEdits: 'Guardar cambios',
		expand: 'Ampliar a registro completo',
		quickTitle: 'Registro rápido de pensamientos',
		quickIntro: 'Para el momento en que pasa: detecta el pensamiento, nombra el patrón y respóndele.',
		quickThought: 'El pensamiento',
		quickDistortions: 'Patrones de pensamiento (opcional)',
		quickChallenge: 'Cuestiónalo: ¿qué más es cierto?',
		quickAlternative: 'Pensamiento alternativo',
		whatTheyMean: 'Qué significan, con ejemplos',
		saving: 'Guardando…',
		saved: 'Guardado',
		saveFailed: 'Aún sin guardar: mira el mensaje de abajo.',
		notFound: 'No se encuentra esta hoja de trabajo. Puede que se haya eliminado.',
		backHome: 'Volver a Tareas'
	},
	problem: {
		steps: {
			problem: {
				title: 'El problema',
				explain:
					'Describe un problema de la forma más concreta que puedas: qué pasa, cuándo y quién participa. Luego di qué cambiaría si se resolviera.',
				example:
					'«Sigo dejando para después la llamada al propietario por la gotera, y el techo está cada vez peor». Resuelto: el propietario sabe de la gotera y hay fecha para arreglarla.',
				label: 'El problema',
				goal: 'Si se resolviera, ¿qué cambiaría?'
			},
			options: {
				title: 'Opciones',
				explain:
					'Haz una lista de todas las formas en que podrías abordarlo, sin juzgar ninguna todavía. Con más ideas es más fácil dar con una buena; las disparatadas también valen.',
				example:
					'Llamar mañana a las 9. Escribir un correo en vez de llamar. Pedirle a mi hermana que me acompañe mientras llamo. Anotar antes qué voy a decir.',
				label: 'Una opción',
				add: 'Añadir opción',
				none: 'Aún no hay opciones. Escribe una arriba y añádela.'
			},
			weigh: {
				title: 'Pros y contras',
				explain: 'Para cada opción, anota qué hay a su favor y qué en contra. Bastan unas pocas palabras.',
				example:
					'Correo: a favor, puedo escribirlo con calma y queda constancia. En contra, la respuesta puede tardar más.',
				pros: 'A favor',
				cons: 'En contra'
			},
			choose: {
				title: 'Elegir',
				explain:
					'Elige la opción que vas a probar primero: no una perfecta, sino una que parezca factible ahora. Puedes combinar ideas.',
				example:
					'Voy a anotar qué decir, luego mandaré un correo esta noche y, si no hay respuesta, llamaré el jueves.',
				legend: 'La opción que vas a probar'
			},
			plan: {
				title: 'Planear los pasos',
				explain: 'Divide la opción en pasos pequeños que puedas dar, y elige un día para revisar cómo fue.',
				example:
					'1. Buscar el correo del propietario. 2. Escribir tres frases sobre la gotera. 3. Enviarlo antes de las 8 de la noche.',
				label: 'Un paso',
				add: 'Añadir paso',
				none: 'Aún no hay pasos. Escribe uno arriba y añádelo.',
				reviewOn: '¿Cuándo lo revisarás? (opcional)'
			},
			review: {
				title: 'Revisar',
				explain:
					'Cuando hayas probado tu plan, anota qué pasó. Sea cual sea el resultado, aprendes qué ayuda para la próxima vez.',
				example:
					'Envié el correo el martes. Aún no hay respuesta, así que llamaré el jueves como planeé. Escribirlo antes me lo hizo más fácil.',
				stepsDone: 'Los pasos que diste',
				outcome: '¿Cómo fue?',
				label: '¿Qué pasó y qué aprendiste?'
			}
		},
		outcomes: {
			solved: 'Resuelto',
			better: 'Mejor que antes',
			'not-yet': 'Aún sin resolver'
		},
		chosen: 'Elegida',
		remove: (what: string) => `Quitar «${what}»`,
		removeShort: 'Quitar',
		optionLabel: (n: number) => `Opción ${n}`,
		stepLabel: (n: number) => `Paso ${n}`,
		savePlan: 'Guardar el plan',
		planProgress: (done: number, total: number) =>
			`${done} de ${total} ${total === 1 ? 'paso hecho' : 'pasos hechos'}`,
		reviewOn: (date: string) => `Revisar el ${date}`,
		noReview: 'Aún sin revisar.'
	},
	own: {
		title: 'Añadir tu propio patrón',
		name: 'Nombre',
		description: 'Qué significa para ti (opcional)',
		add: 'Añadir patrón',
		added: (name: string) => `Patrón «${name}» añadido.`,
		manageTitle: 'Patrones de pensamiento',
		manage: 'Mostrar u ocultar patrones, o añadir los tuyos',
		hideShort: 'Ocultar',
		showShort: 'Mostrar',
		manageIntro:
			'Los patrones ocultos no se ofrecen al etiquetar un pensamiento. Los diez habituales se pueden ocultar, no eliminar.',
		hide: (name: string) => `Ocultar ${name}`,
		show: (name: string) => `Mostrar ${name}`,
		hidden: 'Oculto',
		yours: 'Tuyo'
	}
};
