import type { Messages } from './en';

/**
 * The shell's words in Spanish (navigation, Today, updates, storage problems). Like en.ts, no formatter: counts
 * arrive already formatted where the English expects it.
 */
export const shellEs: Messages = {
	app: {
		name: 'Between',
		tagline: 'Para los días entre sesiones',
		skipToContent: 'Ir al contenido',
		loading: 'Abriendo Between…'
	},
	helpNow: {
		button: 'Ayuda ahora',
		buttonLabel: 'Ayuda ahora: líneas de crisis y tu gente'
	},
	nav: {
		label: 'Principal',
		today: 'Hoy',
		skills: 'Habilidades',
		homework: 'Tareas',
		progress: 'Progreso',
		more: 'Más'
	},
	homework: {
		title: 'Tareas',
		intro: 'Hojas de trabajo que te sugiere tu terapeuta, como registros de pensamientos y de actividades.',
		empty: 'Aún no tienes nada asignado. Cuando tu terapeuta comparta una hoja de trabajo, aparecerá aquí.'
	},
	drafts: {
		saving: 'Guardando…',
		saved: 'Borrador guardado',
		failed: 'No se pudo guardar tu borrador. Deja esta pantalla abierta e inténtalo de nuevo.',
		setAside:
			'Parte de lo que empezaste a escribir antes no pudo volver a este formulario. Lo guardamos aquí para que lo copies.',
		copy: 'Copiar el texto',
		copied: 'Copiado',
		dismiss: 'Ya no lo necesito',
		readOnly: {
			replaced:
				'Between se actualizó en otra pestaña, así que este formulario está bloqueado. Lo que escribiste está guardado: recarga para seguir.'
		}
	},
	update: {
		available: 'Hay una nueva versión de Between lista.',
		detail: 'Tus borradores se guardan antes de reiniciar.',
		now: 'Actualizar ahora',
		later: 'Más tarde',
		updating: 'Actualizando…'
	},
	database: {
		otherTab: 'Between se actualizó en otra pestaña. Tus borradores están guardados.',
		reload: 'Recargar',
		readFailed:
			'Parte de lo que guardaste no se pudo leer ahora mismo. Recarga para intentarlo de nuevo; sigue guardado.',
		problemTitle: 'Between no puede acceder a su almacenamiento',
		problems: {
			unavailable:
				'Este navegador no deja que Between guarde nada. Puede pasar en la navegación privada o cuando los datos de sitios están desactivados. Abre Between en una ventana normal para conservar lo que anotes.',
			quota:
				'Tu teléfono no tiene espacio de almacenamiento para Between. Libera algo de espacio y recarga. No se ha perdido nada de lo que guardaste.',
			'newer-version':
				'Ya se abrió una versión más nueva de Between en este dispositivo. Recarga para usarla; lo que anotaste está a salvo.',
			blocked:
				'Sigue abierta otra pestaña o ventana de Between con una versión anterior. Ciérrala y luego recarga esta página.',
			unknown:
				'Algo impidió que Between abriera su almacenamiento. Recarga para intentarlo de nuevo; lo que anotaste está a salvo.'
		},
		helpStillWorks: 'Ayuda ahora sigue funcionando: las líneas de crisis no necesitan almacenamiento.'
	},
	records: {
		skipped: (n: number) =>
			n === 1
				? 'No se pudo leer 1 elemento guardado, así que no se muestra. Todo lo demás está aquí.'
				: `No se pudieron leer ${n} elementos guardados, así que no se muestran. Todo lo demás está aquí.`
	},
	/** Every long text field's count, once the limit comes near (domain/text-limit.ts). */
	characters: {
		// Given the number already formatted for the language (formatNumber), so the shell needs no formatter.
		left: (left: string) => (left === '1' ? 'Queda 1 carácter' : `Quedan ${left} caracteres`),
		over: (over: string) =>
			`${over} ${over === '1' ? 'carácter' : 'caracteres'} de más: acórtalo para poder guardarlo`
	},
	/** A write that failed: what happened, where the words are now, and what the client can do. */
	writeFailed: {
		quota: 'Tu teléfono no tiene espacio para Between, así que esto no se guardó.',
		other: 'Esto no se pudo guardar ahora mismo.',
		kept: 'Lo que escribiste se conserva como borrador en este teléfono, así que seguirá aquí si recargas.',
		onScreenOnly:
			'Lo que escribiste sigue en la pantalla, pero no está guardado: se perdería si esta página se cierra o se recarga.',
		whatToDo: {
			quota:
				'Libera algo de espacio en tu teléfono e inténtalo de nuevo. También puedes copiar el texto para guardarlo en un lugar seguro.',
			other:
				'Inténtalo de nuevo en un momento. También puedes copiar el texto para guardarlo en un lugar seguro.'
		},
		copy: 'Copiar el texto',
		copied: 'Copiado. Puedes pegarlo en una nota o en un mensaje para ti.'
	},
	errors: {
		notFoundTitle: 'Esta página no está aquí',
		notFound: 'Puede que el enlace sea antiguo. Todo lo que guardaste sigue a salvo.',
		genericTitle: 'Algo salió mal',
		generic: 'Recarga para intentarlo de nuevo. Todo lo que guardaste sigue a salvo.',
		goToday: 'Ir a Hoy'
	}
};
