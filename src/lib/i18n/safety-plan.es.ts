import type { PlanSection } from '$lib/domain/safety-plan';
import { formatNumber } from './format';
import type { SafetyPlanWords } from './safety-plan.en';

type SectionWords = SafetyPlanWords['sections'][PlanSection];

/** The safety plan (Stanley & Brown 2012) in Spanish: editor, Help now, history, sharing. */
export const safetyPlanEs: SafetyPlanWords = {
	// Step names as in Spanish versions of the Stanley-Brown form, in the client's voice.
	sections: {
		warningSigns: {
			title: 'Mis señales de alerta',
			prompt:
				'¿Qué pensamientos, sentimientos, imágenes, situaciones o conductas te indican que podría estar empezando una crisis?',
			crisisTitle: 'Fijarme en mis señales de alerta',
			line: (n: number) => `Señal de alerta ${n}`,
			add: 'Añadir una señal de alerta',
			example: 'Por ejemplo: dejo de responder los mensajes'
		},
		copingStrategies: {
			title: 'Cosas que puedo hacer por mi cuenta',
			prompt:
				'¿Qué puedes hacer por tu cuenta para distraerte un rato, como dar un paseo, escuchar música o hacer un ejercicio de respiración?',
			crisisTitle: 'Probar algo que puedo hacer por mi cuenta',
			line: (n: number) => `Cosa que puedo hacer ${n}`,
			add: 'Añadir algo que puedes hacer',
			example: 'Por ejemplo: una ducha caliente y luego mi lista de música'
		},
		distractions: {
			title: 'Personas y lugares que me distraen',
			prompt:
				'¿Con quién podrías pasar un rato, o adónde podrías ir, para estar con otras personas sin tener que hablar de cómo te sientes?',
			crisisTitle: 'Estar con personas o en lugares que me distraen',
			line: (n: number) => `Persona o lugar ${n}`,
			add: 'Añadir una persona o un lugar',
			example: 'Por ejemplo: la cafetería de la biblioteca'
		},
		helpers: {
			title: 'Personas a quienes puedo pedir ayuda',
			prompt: '¿A quién podrías contarle que estás en un momento difícil y pedirle ayuda?',
			crisisTitle: 'Pedirle ayuda a alguien',
			line: (n: number) => `Persona a quien pedir ayuda ${n}`,
			add: 'Añadir a alguien a quien pedir ayuda',
			example: 'Por ejemplo: mi hermana Jo'
		},
		professionals: {
			title: 'Profesionales y servicios a los que puedo acudir',
			prompt:
				'¿Con qué profesionales o servicios puedes comunicarte en una crisis? Las líneas de crisis de tu país siempre están incluidas.',
			crisisTitle: 'Comunicarme con un profesional o una línea de crisis',
			line: (n: number) => `Profesional o servicio ${n}`,
			add: 'Añadir un profesional o servicio',
			example: 'Por ejemplo: el número fuera de horario de mi médico de familia'
		},
		safeEnvironment: {
			title: 'Hacer que mi entorno sea seguro',
			prompt:
				'¿Qué puedes hacer para que el lugar donde estás sea más seguro? Por ejemplo, dejar fuera de tu alcance, o con otra persona, las cosas que podrías usar para hacerte daño.',
			crisisTitle: 'Hacer que mi entorno sea seguro',
			line: (n: number) => `Forma de mantenerme a salvo ${n}`,
			add: 'Añadir una forma de mantenerte a salvo',
			example: 'Por ejemplo: pedirle a Sam que me guarde los medicamentos'
		},
		reasonsForLiving: {
			title: 'Lo que más me importa',
			prompt: '¿Qué es lo más importante para ti, aquello por lo que vale la pena vivir?',
			crisisTitle: 'Lo que más me importa',
			line: (n: number) => `Algo que me importa ${n}`,
			add: 'Añadir algo que te importa',
			example: 'Por ejemplo: mi hija, y verla crecer'
		}
	} satisfies Record<PlanSection, SectionWords>,
	step: (n: number) => `Paso ${n}`,
	editor: {
		title: 'Mi plan de seguridad',
		intro:
			'Una lista corta, con tus propias palabras, de qué hacer cuando las cosas se ponen difíciles, paso a paso. Funciona mejor si la preparas junto con tu terapeuta.',
		removeLine: (label: string) => `Quitar ${label.toLowerCase()}`,
		lineRemoved: 'Línea quitada.',
		lineBack: 'Línea recuperada.',
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		saving: 'Guardando…',
		saved: 'Guardado en este teléfono',
		notSaved: 'Aún sin guardar: mira el mensaje de abajo.',
		partlySaved: 'Guardado en este teléfono, excepto la línea marcada abajo.',
		lineTooLong: (max: number, length: number) =>
			`Esta línea es demasiado larga para guardarla: tiene ${formatNumber(length)} caracteres y en una línea caben ${formatNumber(max)}. Acórtala y se guardará. El resto de tu plan está guardado.`,
		tooManyLines: (max: number) =>
			`Solo se guardan las primeras ${formatNumber(max)}: son muchas para un solo paso. El resto de tu plan está guardado.`,
		failed: 'No se pudo guardar. Tus palabras siguen aquí; vuelve a intentarlo en un momento.',
		restored: 'Guardamos lo que estabas escribiendo.',
		mergedHere:
			'Este paso también se cambió en otra pestaña o ventana. Aquí se conservan los dos cambios: comprueba que dice lo que quieres.',
		showOnHelpNow: 'Verlo en Ayuda ahora',
		history: 'Cambios a lo largo del tiempo'
	},
	contacts: {
		legend: 'De tu gente',
		none: 'Añade personas con sus números y las tendrás a un toque en Ayuda ahora.',
		addNew: 'Añadir otra persona',
		crisisLinesIncluded: 'Siempre incluidas: las líneas de crisis de tu país.'
	},
	review: {
		title: 'Revisar con tu terapeuta',
		never: 'Aún no has marcado ninguna revisión con tu terapeuta.',
		last: (date: string) => `Última revisión con tu terapeuta: ${date}.`,
		due: 'Puede ser un buen momento para repasar tu plan otra vez con tu terapeuta. Las personas, los números y lo que ayuda pueden cambiar.',
		dueFirst:
			'La próxima vez que tengas sesión, podrías repasar este plan con tu terapeuta. Los planes funcionan mejor cuando se hacen en equipo.',
		next: (date: string) => `Te sugeriremos revisarlo de nuevo a partir del ${date}.`,
		dateLabel: 'Día en que lo repasaste con tu terapeuta',
		mark: 'Marcar como revisado',
		notNow: 'Ahora no'
	},
	share: {
		title: 'Imprimir o compartir',
		intro:
			'Tu plan se queda en este teléfono. Para darle una copia a alguien de confianza, imprímelo o envíalo como imagen. Compártelo solo con las personas que tú elijas.',
		print: 'Página para imprimir',
		image: 'Enviar como imagen',
		wallpaper: 'Fondo de pantalla',
		wallpaperHint:
			'Tus pasos clave, del tamaño de la pantalla de bloqueo, para tenerlos a mano incluso sin abrir Between.',
		making: 'Creando la imagen…',
		shared: 'Compartido.',
		downloaded: 'Imagen guardada en tus descargas.',
		failed: 'No se pudo crear la imagen en este teléfono. La página para imprimir sigue funcionando.',
		// File names: plain ASCII, no accents.
		fileName: 'mi-plan-de-seguridad',
		wallpaperFileName: 'mi-plan-de-seguridad-fondo',
		imageTitle: 'Mi plan de seguridad',
		printNow: 'Imprimir o guardar como PDF',
		back: 'Volver a mi plan',
		printedOn: (date: string) => `Impreso desde Between el ${date}.`,
		reviewedOn: (date: string) => `Revisado con mi terapeuta el ${date}.`,
		empty: 'Aún no hay nada escrito en este paso.',
		moreInApp: 'Hay más en mi plan de seguridad, en Between',
		crisisLineTitle: 'Línea de crisis'
	},
	help: {
		planTitle: 'Mi plan de seguridad',
		planIntro: 'Ve paso a paso. Si aún no te sientes a salvo, pasa al siguiente paso.',
		edit: 'Cambiar mi plan',
		otherPeople: 'Más de tu gente',
		inviteTitle: 'Hacer un plan de seguridad',
		// "cuando sientas que es el momento": avoids the gendered "lista/listo".
		invite:
			'Un plan de seguridad es una lista corta, con tus propias palabras, de lo que te ayuda cuando las cosas se ponen difíciles y de las personas a las que puedes acudir. Puedes hacerlo cuando sientas que es el momento, por tu cuenta o con tu terapeuta.',
		inviteAction: 'Empezar mi plan de seguridad'
	},
	history: {
		title: 'Cambios a lo largo del tiempo',
		intro:
			'Cada versión es el plan tal como quedó después de una tanda de cambios, de la más reciente a la más antigua.',
		none: 'Aún no hay versiones. Irán apareciendo a medida que escribas tu plan.',
		version: (date: string) => `Versión del ${date}`,
		current: 'Actual',
		firstVersion: 'La primera versión de tu plan.',
		compareWith: (date: string) => `Comparada con la del ${date}:`,
		noChanges: 'Ninguna línea cambió en esta versión.',
		added: 'Añadido',
		removed: 'Quitado',
		unknownContact: 'alguien que ya no está en tus contactos',
		reviewed: (date: string) => `Revisado con tu terapeuta el ${date}.`,
		back: 'Volver a mi plan',
		restore: 'Volver a usar esta versión',
		restoring: 'Recuperándola…',
		restored:
			'Esta versión vuelve a ser tu plan. La que reemplazó sigue en el historial, como la versión anterior.',
		restoreFailed: 'No se pudo recuperar esta versión. Tu plan no ha cambiado.',
		restoreUnsaved:
			'Tus últimas palabras en el plan aún no están guardadas. Abre tu plan y deja que se guarde; luego vuelve aquí para recuperar esta versión.'
	},
	reminder: {
		title: 'Tu plan de seguridad',
		action: 'Revisar mi plan'
	}
};
