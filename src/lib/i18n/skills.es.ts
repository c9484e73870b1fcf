import type { SkillGroupId, SkillId } from '$lib/domain/skills';
import type {
	BodyRegion,
	BreathingPattern,
	BreathPhase,
	PushButtonStep,
	Sense,
	ThoughtStoppingStep
} from '$lib/domain/practice-steps';
import type { SleepQuality } from '$lib/domain/sleep-diary';
import type { StandardHabit } from '$lib/domain/sleep-hygiene';
import { hoursMinutes, practiceLength } from './durations';
import { cached, formatNumber } from './format';
import type { SkillsWords } from './skills.en';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
/** "1,4", "2,0": always one decimal, as the English shows, with the language's decimal sign. */
const oneDecimal = (n: number) =>
	cached(
		'oneDecimal',
		(locales) => new Intl.NumberFormat(locales, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
	).format(Math.round(n * 10) / 10);

/**
 * The coping skills in Spanish ("habilidades de afrontamiento"): lessons, guided practices, the practice log and
 * the sleep diary ("diario de sueño"). The lessons keep the English ones' facts and sources (shared/CLINICAL.md).
 */
export const skillsEs: SkillsWords = {
	skills: {
		title: 'Habilidades',
		intro:
			'Habilidades de tus sesiones, para aprenderlas y practicarlas aquí. Toma lo que te ayude y deja lo demás.',
		favouritesTitle: 'Tus favoritas',
		favouritesEmpty: 'Marca una habilidad con la estrella para tenerla aquí, a un toque.',
		groups: {
			thoughts: 'Trabajar con los pensamientos',
			mindfulness: 'Atención plena',
			sleep: 'Sueño'
		} satisfies Record<SkillGroupId, string>,
		favourite: (name: string) => `Favorita: ${name}`,
		practised: (n: number) =>
			n === 0 ? 'Aún sin practicar' : n === 1 ? 'Practicada una vez' : `Practicada ${formatNumber(n)} veces`,
		helpedTitle: 'Lo que te ha ayudado',
		helpedIntro:
			'Según tus propias puntuaciones: cuánto cambió tu malestar, en promedio, después de cada habilidad.',
		helpedFell: (drop: number) => `El malestar bajó ${oneDecimal(drop)} en promedio`,
		helpedRose: (rise: number) => `El malestar subió ${oneDecimal(rise)} en promedio`,
		helpedSame: 'El malestar quedó más o menos igual en promedio',
		helpedDetail: (before: number, after: number, n: number) =>
			`De ${oneDecimal(before)} a ${oneDecimal(after)}, en ${plural(n, 'práctica puntuada', 'prácticas puntuadas')}`,
		notYet: (name: string, more: number) =>
			`${name}: ${plural(more, 'práctica puntuada más', 'prácticas puntuadas más')} antes de poder decir algo.`,
		helpedEmpty: (enough: number) =>
			`Puntúa tu malestar antes y después de practicar. Cuando una habilidad tenga ${formatNumber(enough)} prácticas puntuadas, verás aquí cómo te suele ir con ella.`,
		helpedCaution: 'Es tu propio historial, no una prueba. Llévalo a tu próxima sesión si te sirve.'
	},
	names: {
		'thought-stopping': 'Detención del pensamiento',
		'push-button': 'Técnica del botón',
		breathing: 'Guía de respiración',
		grounding: 'Anclaje 5-4-3-2-1',
		'body-scan': 'Escaneo corporal',
		'sleep-hygiene': 'Hábitos y diario de sueño'
	} satisfies Record<SkillId, string>,
	blurbs: {
		'thought-stopping':
			'Sal de un pensamiento que vuelve una y otra vez, y cambia a algo que elegiste antes.',
		'push-button': 'Nota cómo tus sentimientos siguen a lo que traes a la mente.',
		breathing: 'Respiración lenta y pausada: respiración cuadrada, 4-7-8, o inhala 4 y exhala 6 sin retener.',
		grounding: 'Vuelve al aquí y ahora a través de tus sentidos.',
		'body-scan': 'Lleva tu atención despacio por todo tu cuerpo.',
		'sleep-hygiene': 'Hábitos que ayudan a dormir, una lista y un diario de sueño.'
	} satisfies Record<SkillId, string>,
	lesson: {
		title: 'Sobre esta habilidad',
		what: 'Qué es',
		when: 'Cuándo usarla',
		evidence: 'Qué dice la evidencia'
	},
	lessons: {
		'thought-stopping': {
			what: [
				'Cuando un pensamiento no deseado vuelve una y otra vez, lo notas, dices «Alto» (en voz alta o por dentro) y cambias enseguida a algo que preparaste: otro pensamiento, o algo que hacer.',
				'Hay quien acompaña el «Alto» con una señal: imaginar una señal de alto, juntar el pulgar y otro dedo, o un pequeño movimiento.'
			],
			when: [
				'Para un pensamiento repetitivo que ya hablaste con tu terapeuta, cuando te atrapa en un momento en que no puedes ocuparte de él.'
			],
			evidence: [
				'La evidencia es mixta. Esforzarse mucho por apartar un pensamiento puede hacer que vuelva más a menudo: en un estudio conocido, las personas a quienes se pidió no pensar en un oso blanco pensaron más en él después (Wegner y colegas, 1987).',
				'Por eso lo más importante es el cambio. No se trata de echar el pensamiento a la fuerza, sino de llevar tu atención a algo que elegiste. Usa esta habilidad como te sugirió tu terapeuta. Si el pensamiento vuelve con más fuerza, cuéntaselo: puede que otros enfoques te vayan mejor.',
				'Si tus pensamientos forman parte de un trastorno obsesivo-compulsivo (TOC) o vienen de una experiencia aterradora, habla con tu terapeuta antes de usar esta habilidad.'
			]
		},
		'push-button': {
			what: [
				'Un ejercicio breve de la terapia adleriana (Harold Mosak). Traes a la mente un recuerdo agradable y notas cómo te sientes. Luego uno desagradable, y notas cómo cambian tus sentimientos. Luego otra vez el agradable.',
				'La lección: adonde va tu atención, tus sentimientos suelen seguirla. Tienes un «botón» que puedes presionar.'
			],
			when: [
				'Cuando un estado de ánimo no te suelta y nada parece moverlo, o para practicar elegir adónde va tu atención.'
			],
			evidence: [
				'Es un ejercicio de enseñanza que usan terapeutas; hay poca investigación que lo ponga a prueba por sí solo. No borra los sentimientos, ni pretende hacerlo.',
				'El paso desagradable es siempre opcional. Si lo haces, elige algo levemente desagradable, nunca un recuerdo doloroso o que dé miedo. Una colección de recuerdos agradables, escrita cuando te sientes bien, hace el ejercicio más fácil en un día difícil.'
			]
		},
		breathing: {
			what: [
				'Respirar despacio a un ritmo constante. Respiración cuadrada: inhala contando 4, retén 4, exhala 4, retén 4. La respiración 4-7-8: inhala por la nariz contando 4, retén 7, exhala por la boca 8. Inhala 4, exhala 6: inhala contando 4 y exhala contando 6, sin retener.',
				'El círculo crece al inhalar y se encoge al exhalar. Las palabras y los números dicen lo mismo, así que puedes seguir el ritmo con el círculo o sin él.'
			],
			when: [
				'Cuando sientes tensión, ansiedad o agitación, antes de algo estresante, o para calmarte antes de dormir.'
			],
			evidence: [
				// Zaccaro et al., Front Hum Neurosci 2018;12:353: slow breathing below 10 a minute, small studies of healthy adults.
				'Una revisión de estudios pequeños en personas adultas sanas encontró que respirar despacio, por debajo de unas diez respiraciones por minuto, se asociaba con más calma en medidas del cuerpo y del ánimo (Zaccaro y colegas, 2018). La investigación sobre cada patrón concreto es escasa.',
				'Calma el cuerpo por un rato; no arregla lo que causó el estrés. Si sientes mareo o aturdimiento, para y respira con normalidad. Con 4-7-8, haz cuatro respiraciones cada vez durante el primer mes, y no más de ocho después (Weil). Si retener el aire te resulta incómodo o no te conviene, por ejemplo con una enfermedad del pulmón o del corazón o durante el embarazo, elige Inhala 4, exhala 6, que no tiene retenciones.'
			]
		},
		grounding: {
			what: [
				'Nombra cinco cosas que puedes ver, cuatro que puedes tocar, tres que puedes oír, dos que puedes oler y una que puedes saborear. Escribirlas es opcional; lo que cuenta es notarlas.'
			],
			when: [
				'Cuando la ansiedad o el pánico suben, cuando te sientes lejos o como fuera de la realidad, o cuando un recuerdo te aleja del presente.'
			],
			evidence: [
				'El anclaje se enseña mucho en el tratamiento de la ansiedad y del trauma porque lleva la atención al presente a través de los sentidos. Hay poca investigación sobre este ejercicio en concreto.',
				'Te da estabilidad por un rato; no es una cura. Si cuesta encontrar un olor o un sabor, un olor que te gusta o un sorbo de agua también cuentan. Si no te ayuda, no pasa nada: prueba otra habilidad o habla con alguien.'
			]
		},
		'body-scan': {
			what: [
				'Llevas tu atención despacio por tu cuerpo, de los pies a la cabeza, notando lo que hay: calor, presión, tensión, o casi nada. No necesitas cambiar nada.'
			],
			when: ['Para calmarte, para notar dónde guardas tensión, o como parte de relajarte antes de dormir.'],
			evidence: [
				'El escaneo corporal forma parte de programas de atención plena como la Reducción del Estrés Basada en la Atención Plena (MBSR; Kabat-Zinn, 1990). Programas como estos reducen el estrés, la ansiedad y el ánimo bajo en muchos ensayos (por ejemplo, Khoury y colegas, 2015). Un solo escaneo corto tiene un efecto menor y más breve.',
				'A algunas personas, sobre todo después de un trauma, les resulta incómodo centrarse en el cuerpo. Puedes mantener los ojos abiertos, moverte, saltarte un paso o parar cuando quieras.'
			]
		},
		'sleep-hygiene': {
			what: [
				'Hábitos que hacen más probable dormir bien: levantarte a la misma hora todos los días, usar la cama solo para dormir, cuidar cuándo tomas cafeína y alcohol, dejar las pantallas, relajarte antes de dormir y levantarte si llevas más de unos 20 minutos sin poder dormir.',
				'Elige los hábitos que encajan en tu vida para tu propia lista, y márcalos cada noche. Un diario de sueño, completado cada mañana, muestra cómo van tus noches, para ti y para tu terapeuta.'
			],
			when: [
				'Todos los días, y sobre todo cuando dormir ha sido difícil. Los cambios tardan un par de semanas en notarse; una mala noche no los deshace.'
			],
			evidence: [
				// Irish et al., Sleep Med Rev 2015;22:23; Edinger et al. (AASM), J Clin Sleep Med 2021;17:255.
				'La higiene del sueño por sí sola no es un tratamiento eficaz para el insomnio (Irish y colegas, 2015), y la Academia Estadounidense de Medicina del Sueño (AASM) desaconseja usarla sola (2021). Recomienda la terapia cognitivo-conductual para el insomnio (TCC-I), con el control de estímulos como parte de ella. Tres hábitos de la lista son control de estímulos: levantarte a la misma hora todos los días, usar la cama solo para dormir y salir de la cama cuando llevas unos 20 minutos sin dormir.',
				// Carney et al., SLEEP 2012;35(2):287: a consensus instrument, "a living document", not a validated standard.
				'El diario de sueño de esta app es el Consensus Sleep Diary (Carney y colegas, 2012): un diario acordado por investigadores del sueño, que lo mantienen como un documento vivo.'
			]
		}
	} satisfies Record<SkillId, { what: string[]; when: string[]; evidence: string[] }>,
	practice: {
		title: 'Práctica',
		begin: 'Empezar',
		beforeLegend: '¿Cuánto malestar sientes ahora mismo?',
		afterLegend: 'Y ahora, ¿cuánto malestar sientes?',
		scaleLow: '0: calma',
		scaleHigh: '10: lo peor posible',
		ratingOptional: 'Puntuar es opcional. Te ayuda a ver, más adelante, qué te sirve.',
		continue: 'Continuar',
		continueWithout: 'Continuar sin puntuar',
		noteLabel: 'Nota (opcional)',
		notePlaceholder: 'Lo que quieras recordar de esta vez',
		save: 'Guardar en mi historial',
		saving: 'Guardando…',
		saved: 'Guardado en tu historial.',
		saveFailed: 'No se pudo guardar ahora. Todo sigue aquí: inténtalo de nuevo en un momento.',
		change: (before: number | null, after: number | null) =>
			before === null || after === null
				? 'Guardado sin puntuación completa.'
				: `Malestar: ${formatNumber(before)} antes, ${formatNumber(after)} después.`,
		again: 'Practicar otra vez',
		restored: 'Guardamos tu práctica donde la dejaste.',
		startOver: 'Empezar de nuevo',
		finish: 'Terminar',
		finishEarly: 'Terminar ya',
		pause: 'Pausar',
		resume: 'Seguir',
		next: 'Siguiente',
		back: 'Atrás',
		stepOf: (i: number, n: number) => `Paso ${formatNumber(i)} de ${formatNumber(n)}`,
		tookTime: (seconds: number) => `Duró ${practiceLength(seconds)}`,
		cuesLegend: 'Avisos en cada cambio (opcional)',
		sound: 'Sonido suave',
		vibrate: 'Vibrar',
		cuesHint:
			'Ambos están desactivados hasta que los actives, para que nada te sorprenda en un lugar tranquilo.'
	},
	log: {
		title: 'Tu historial de práctica',
		empty: 'Aún no hay nada. Cada práctica que guardes aparecerá aquí.',
		length: practiceLength,
		distress: (before: number | null, after: number | null) =>
			before === null && after === null
				? 'Malestar sin puntuar'
				: `Malestar ${before === null ? '–' : formatNumber(before)} → ${after === null ? '–' : formatNumber(after)}`,
		distressLabel: (before: number | null, after: number | null) =>
			before === null && after === null
				? 'Malestar sin puntuar'
				: `Malestar antes: ${before === null ? 'sin puntuar' : formatNumber(before)}, después: ${after === null ? 'sin puntuar' : formatNumber(after)}`,
		showMore: 'Ver prácticas anteriores',
		delete: (date: string) => `Eliminar la práctica: ${date}`,
		deleted: 'Práctica eliminada.',
		undo: 'Deshacer',
		dismiss: 'Cerrar'
	},
	breathing: {
		pattern: 'Patrón',
		patterns: {
			box: 'Cuadrada 4-4-4-4',
			'4-7-8': '4-7-8',
			paced: 'Inhala 4, exhala 6'
		} satisfies Record<BreathingPattern, string>,
		length: 'Duración',
		count: 'Cuántas respiraciones',
		countOption: (n: number) => plural(n, 'respiración', 'respiraciones'),
		// Weil's counts for 4-7-8 (domain/practice-steps): four to begin with, eight at most once practised.
		countAdvice: 'Cuatro respiraciones el primer mes. Ocho como máximo después.',
		minutes: (n: number) => plural(n, 'minuto', 'minutos'),
		minutesShort: (n: number) => `${formatNumber(n)} min`,
		breaths: (n: number) => `Alrededor de ${plural(n, 'respiración', 'respiraciones')}.`,
		start: 'Empezar a respirar',
		phases: {
			in: 'Inhala',
			'hold-in': 'Retén',
			out: 'Exhala',
			'hold-out': 'Retén'
		} satisfies Record<BreathPhase, string>,
		breathOf: (i: number, n: number) => `Respiración ${formatNumber(i)} de ${formatNumber(n)}`,
		countOf: (count: number, of: number) => `${formatNumber(count)} de ${formatNumber(of)}`,
		done: 'Esa es la última respiración. Tómate un momento antes de seguir.',
		paused: 'En pausa',
		pacer: 'Guía de respiración',
		logLine: (pattern: string, breaths: number) =>
			`${pattern} · ${plural(breaths, 'respiración', 'respiraciones')}`
	},
	grounding: {
		senses: {
			see: {
				title: '5 cosas que puedes ver',
				label: '¿Qué puedes ver?',
				prompt:
					'Mira a tu alrededor despacio. Nombra cinco cosas que puedes ver: formas, colores, detalles pequeños.'
			},
			touch: {
				title: '4 cosas que puedes tocar',
				label: '¿Qué puedes tocar?',
				prompt: 'Nota cuatro cosas que puedes sentir: tus pies en el suelo, tu ropa, algo en tu mano.'
			},
			hear: {
				title: '3 cosas que puedes oír',
				label: '¿Qué puedes oír?',
				prompt: 'Escucha tres sonidos, cerca o lejos.'
			},
			smell: {
				title: '2 cosas que puedes oler',
				label: '¿Qué puedes oler?',
				prompt: 'Nota dos olores. Un olor que te gusta, recordado, también cuenta.'
			},
			taste: {
				title: '1 cosa que puedes saborear',
				label: '¿Qué puedes saborear?',
				prompt: 'Nota un sabor. Un sorbo de agua cuenta.'
			}
		} satisfies Record<Sense, { title: string; label: string; prompt: string }>,
		optional: 'Escribir es opcional: lo que cuenta es notar.'
	},
	bodyScan: {
		length: 'Duración',
		minutes: (n: number) => plural(n, 'minuto', 'minutos'),
		start: 'Empezar el escaneo corporal',
		next: 'Siguiente parte',
		regions: {
			settle: {
				title: 'Acomodarte',
				text: 'Siéntate o recuéstate con comodidad. Deja que tus ojos se cierren o descansen en un punto. Nota tu respiración, sin cambiarla.'
			},
			feet: {
				title: 'Pies',
				text: 'Lleva tu atención a los pies: dedos, plantas, talones. Nota calor, frescor, presión, o nada en absoluto.'
			},
			legs: {
				title: 'Piernas',
				text: 'Sube por los tobillos, las pantorrillas y las rodillas hasta los muslos. Nota cualquier pesadez o tensión, y déjala estar.'
			},
			hips: {
				title: 'Caderas y zona lumbar',
				text: 'Nota dónde tu cuerpo toca la silla o la cama. Siente cómo sostiene tu peso.'
			},
			belly: { title: 'Vientre', text: 'Nota cómo tu vientre sube y baja con cada respiración.' },
			chest: {
				title: 'Pecho y parte alta de la espalda',
				text: 'Nota cómo se mueve tu pecho al respirar, y tu latido si puedes sentirlo.'
			},
			hands: {
				title: 'Manos y brazos',
				text: 'Nota tus dedos, palmas y muñecas, y sube por los brazos hasta los codos y los hombros.'
			},
			shoulders: {
				title: 'Hombros y cuello',
				text: 'Mucha gente guarda tensión aquí. Nótala; si tus hombros quieren bajar, déjalos.'
			},
			face: {
				title: 'Cara y cabeza',
				text: 'Nota tu mandíbula, boca, mejillas, ojos y frente. Deja que la mandíbula se afloje si quiere.'
			},
			whole: {
				title: 'Todo el cuerpo',
				text: 'Ahora nota todo tu cuerpo a la vez, respirando. Cuando quieras, abre los ojos y muévete con suavidad.'
			}
		} satisfies Record<BodyRegion, { title: string; text: string }>,
		stepOf: (i: number, n: number) => `Parte ${formatNumber(i)} de ${formatNumber(n)}`,
		secondsLeft: (n: number) => `Quedan ${formatNumber(n)} s`,
		done: 'El escaneo corporal terminó. Tómate tu tiempo para volver.'
	},
	thoughtStopping: {
		plansTitle: 'Tus planes',
		plansIntro:
			'Prepáralos con tu terapeuta o en un día tranquilo: el pensamiento (si quieres nombrarlo), tu señal de alto y a qué vas a cambiar.',
		plansEmpty: 'Aún no hay ningún plan. Añade uno antes de practicar.',
		addPlan: 'Añadir un plan',
		editPlan: (n: number) => `Editar el plan ${formatNumber(n)}`,
		deletePlan: (n: number) => `Eliminar el plan ${formatNumber(n)}`,
		planTitle: (n: number) => `Plan ${formatNumber(n)}`,
		planFormTitle: 'Tu plan',
		thought: 'El pensamiento no deseado (opcional)',
		thoughtHint: 'Basta con unas palabras. Puedes dejarlo en blanco.',
		cue: 'Tu señal de alto',
		cueHint: 'Por ejemplo: decir «Alto» e imaginar una señal roja.',
		replacement: 'A qué vas a cambiar',
		replacementHint: 'Un pensamiento o algo que hacer, listo antes de necesitarlo.',
		savePlan: 'Guardar plan',
		cancel: 'Cancelar',
		planSaved: 'Plan guardado.',
		planDeleted: 'Plan eliminado.',
		undo: 'Deshacer',
		choosePlan: '¿Qué plan?',
		steps: {
			notice: {
				title: 'Notar',
				text: 'Nota que el pensamiento llega. No necesitas discutir con él. Solo nótalo: «Ahí está otra vez».'
			},
			stop: { title: 'Alto', text: 'Ahora di «Alto», en voz alta o por dentro, y usa tu señal.' },
			switch: {
				title: 'Cambiar',
				text: 'Pasa enseguida a lo que preparaste. Dale toda tu atención durante uno o dos minutos.'
			}
		} satisfies Record<ThoughtStoppingStep, { title: string; text: string }>,
		stopWord: 'Alto',
		yourThought: 'El pensamiento',
		yourCue: 'Tu señal',
		yourReplacement: 'Cambiar a',
		logReplacement: (text: string) => `Cambié a: ${text}`
	},
	pushButton: {
		bankTitle: 'Tus recuerdos agradables',
		bankIntro:
			'Escribe algunos en un día tranquilo: un lugar, un momento, una persona. Se quedan en este teléfono.',
		bankEmpty: 'Aún no hay recuerdos. Añade uno para empezar.',
		addMemory: 'Añadir un recuerdo',
		memoryTitle: 'Un nombre corto',
		memoryTitleHint: 'Por ejemplo: la playa aquel verano, la cocina de la abuela',
		memoryDetails: 'Detalles que te ayuden a imaginarlo (opcional)',
		saveMemory: 'Guardar recuerdo',
		cancel: 'Cancelar',
		memorySaved: 'Recuerdo guardado.',
		deleteMemory: (title: string) => `Eliminar el recuerdo ${title}`,
		memoryDeleted: 'Recuerdo eliminado.',
		undo: 'Deshacer',
		chooseMemory: '¿Qué recuerdo agradable?',
		steps: {
			pleasant: {
				title: 'Un recuerdo agradable',
				text: 'Cierra los ojos si quieres. Trae el recuerdo con detalle: dónde estabas, qué veías y oías. Quédate con él cerca de un minuto, y nota cómo te sientes.'
			},
			unpleasant: {
				title: 'Un recuerdo desagradable (opcional)',
				text: 'Ahora trae a la mente algo levemente desagradable, nada doloroso ni que dé miedo. Nota cómo cambian tus sentimientos. Puedes saltarte este paso.'
			},
			'pleasant-again': {
				title: 'Otra vez el recuerdo agradable',
				text: 'Vuelve a tu recuerdo agradable. Imagínalo otra vez con detalle, y nota cómo cambian tus sentimientos esta vez.'
			},
			reflect: {
				title: '¿Qué cambió?',
				text: 'Tus sentimientos siguieron a lo que trajiste a la mente. Mirando atrás, ¿qué notaste?'
			}
		} satisfies Record<PushButtonStep, { title: string; text: string }>,
		feeling: '¿Cómo te sientes ahora? (opcional)',
		reflection: '¿Qué notaste? (opcional)',
		skip: 'Saltar este paso',
		skipped: 'Paso desagradable saltado',
		logMemory: (title: string) => `Recuerdo: ${title}`
	},
	sleep: {
		checklistTitle: 'Tu lista para dormir',
		checklistIntro: 'Elige los hábitos que encajan en tu vida. Luego márcalos cada noche.',
		chooseHabits: 'Elegir hábitos',
		doneChoosing: 'Listo',
		habits: {
			'regular-wake': 'Levántate a la misma hora todos los días, también el fin de semana',
			'bed-for-sleep': 'Usa la cama solo para dormir y para el sexo, no para pantallas ni trabajo',
			caffeine: 'No tomes cafeína después de primera hora de la tarde',
			alcohol: 'No tomes alcohol en las últimas horas antes de acostarte',
			screens: 'Deja las pantallas una hora antes de acostarte',
			'wind-down': 'Relájate la última hora: algo tranquilo, con poca luz',
			'leave-bed':
				'Si llevas más de unos 20 minutos sin dormir, levántate y haz algo tranquilo hasta tener sueño'
		} satisfies Record<StandardHabit, string>,
		ownHabit: 'Añadir un hábito propio',
		addOwn: 'Añadir',
		removeHabit: (label: string) => `Quitar «${label}» de tu lista`,
		tonight: (night: string) => `La noche del ${night}`,
		tonightEmpty: 'Elige algunos hábitos para hacer tu lista.',
		ticked: (n: number, of: number) => `${formatNumber(n)} de ${formatNumber(of)} hechos`,
		windDownTitle: 'La rutina de esta noche',
		windDownIntro: 'Recorre tu lista un hábito a la vez, a tu ritmo.',
		windDownDone: 'Hecho esta noche',
		windDownNotTonight: 'Esta noche no',
		windDownStep: (i: number, n: number) => `Hábito ${formatNumber(i)} de ${formatNumber(n)}`,
		logDone: (n: number) => plural(n, 'hábito hecho', 'hábitos hechos'),
		diaryLink: 'Diario de sueño',
		diaryLinkBody: 'Complétalo cada mañana: tiempo en la cama, sueño y eficiencia del sueño.'
	},
	diary: {
		title: 'Diario de sueño',
		intro:
			'Complétalo en la primera hora después de levantarte. Las noches que se te pasen quedan en blanco, y no pasa nada.',
		back: 'Hábitos de sueño',
		newTitle: 'Anoche',
		addMissed: 'Añadir una noche que se te pasó',
		// The check-ins' words for an entry saved on a later day than the one it is about.
		filledInLater: 'Anotado más tarde',
		editTitle: (day: string) => `La noche antes del ${day}`,
		day: 'La mañana en que te levantaste',
		inBed: '¿A qué hora te acostaste?',
		triedToSleep: '¿A qué hora intentaste dormirte?',
		solMinutes: '¿Cuánto tardaste en conciliar el sueño? (minutos)',
		// Items 4 and 5 of the Consensus Sleep Diary (Carney et al. 2012), in Spanish, with the unit added.
		awakenings: '¿Cuántas veces te despertaste, sin contar el despertar final?',
		wasoMinutes: 'En total, ¿cuánto duraron esos despertares? (minutos)',
		finalAwakening: '¿A qué hora fue tu despertar final?',
		outOfBed: '¿A qué hora te levantaste de la cama para empezar el día?',
		quality: '¿Cómo calificarías la calidad de tu sueño?',
		qualities: {
			'very-poor': 'Muy mala',
			poor: 'Mala',
			fair: 'Regular',
			good: 'Buena',
			'very-good': 'Muy buena'
		} satisfies Record<SleepQuality, string>,
		comments: 'Comentarios (opcional)',
		save: 'Guardar diario',
		saveChanges: 'Guardar cambios',
		cancel: 'Cancelar',
		saved: 'Diario guardado.',
		deleted: 'Diario eliminado.',
		undo: 'Deshacer',
		restored: 'Guardamos lo que estabas escribiendo.',
		edit: (day: string) => `Editar el diario: ${day}`,
		delete: (day: string) => `Eliminar el diario: ${day}`,
		listTitle: 'Tus noches',
		empty: 'Aún no hay noches. Tu primer diario aparecerá aquí.',
		showMore: 'Ver noches anteriores',
		preview: 'Anoche en números',
		previewWaiting: 'Completa las horas para ver tus números.',
		span: (from: string, to: string) => `En la cama de ${from} a ${to}`,
		averagesTitle: 'Los últimos 7 días',
		averagesNights: (n: number) => `Promedio de ${plural(n, 'noche', 'noches')} con diario`,
		averagesEmpty: 'No hay diario en los últimos 7 días.',
		metrics: {
			tib: 'Tiempo en la cama',
			tst: 'Tiempo total de sueño',
			sol: 'Tiempo para dormirte',
			waso: 'Tiempo en vela',
			se: 'Eficiencia del sueño'
		},
		duration: hoursMinutes,
		percent: (n: number) => `${formatNumber(Math.round(n))} %`,
		target: 'Una meta habitual es 85 % o más.',
		howTitle: 'Cómo se calculan',
		how: [
			'Tiempo en la cama = hora en que te levantaste − hora en que te acostaste (pasada la medianoche, y contando el tiempo real cuando cambia la hora).',
			'Tiempo total de sueño = tiempo en la cama − tiempo antes de intentar dormir − tiempo para dormirte − tiempo en vela durante la noche − tiempo en la cama después del despertar final.',
			'Eficiencia del sueño = tiempo total de sueño ÷ tiempo en la cama × 100.',
			'Siguen el Consensus Sleep Diary (Carney y colegas, 2012).'
		],
		night: (day: string) => `Noche antes del ${day}`
	}
};
