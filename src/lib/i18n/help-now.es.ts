import type { EmergencyService, LineNote } from '$lib/domain/crisis-lines';
import type { HelpNowWords } from './help-now.en';

/** Help now in Spanish: crisis lines by country and the client's own people (CLINICAL.md, "Crisis lines"). */
export const helpNowEs: HelpNowWords = {
	helpNow: {
		title: 'Ayuda ahora',
		lead: 'No tienes que pasar por esto a solas. Busca a alguien ahora.',
		danger:
			'Si tienes pensamientos de hacerte daño y sientes que podrías llevarlos a cabo, o estás en peligro, llama ahora a los servicios de emergencia.',
		notMonitored:
			'Nadie revisa lo que escribes en Between. Si necesitas ayuda, comunícate con una de estas personas o líneas.',
		linesFor: (country: string) => `Líneas de crisis: ${country}`,
		allLines: 'Líneas de crisis',
		region: 'País de las líneas de crisis',
		regionAuto: (guess: string) => `Automático (${guess})`,
		regionAutoUnknown: 'Automático (mostrar todos los países)',
		emergency: 'Servicios de emergencia',
		call: (name: string) => `Llamar a ${name}`,
		text: (name: string) => `Enviar un mensaje a ${name}`,
		callShort: 'Llamar',
		textShort: 'Mensaje',
		worksOffline: 'Estos números están guardados en tu teléfono y funcionan sin internet.'
	},
	/** Under a line's name (domain/crisis-lines.ts, LineNote). */
	lineNotes: {
		// 988's own Spanish options: press 2 on a call, or text AYUDA.
		spanish988: 'En español: marca el 2, o envía AYUDA por mensaje al 988.',
		englishFrench: 'En inglés y francés.',
		england: 'En Inglaterra: elige la opción de salud mental.',
		// "celulares o móviles": only mobiles reach these numbers, and each region knows one of the two words.
		starFromMobiles:
			'Desde teléfonos celulares o móviles. Si el botón Llamar no inicia la llamada (un iPhone puede rechazar un número con *), marca tú el *4141.',
		option4: 'Elige la opción 4, de salud mental.',
		option5: 'Elige la opción 5, de salud mental.',
		fromMobiles: 'Desde teléfonos celulares o móviles.'
	} satisfies Record<LineNote, string>,
	/** What an emergency number reaches (domain/crisis-lines.ts, EmergencyService). */
	services: {
		general: 'Servicios de emergencia',
		police: 'Policía',
		ambulance: 'Ambulancia',
		samu: 'SAMU, urgencias médicas',
		deafText: 'Emergencias por mensaje de texto, para personas sordas o con discapacidad auditiva'
	} satisfies Record<EmergencyService, string>,
	/** A country the app carries no lines for, or one it cannot tell. */
	fallback: {
		unbundled: (country: string) => `Between aún no tiene líneas de crisis para ${country}.`,
		unknown: 'Between no pudo saber en qué país estás.',
		emergency:
			'Si estás en peligro o tienes pensamientos de hacerte daño y sientes que podrías llevarlos a cabo, llama ahora al número de emergencias de tu zona. El 112 funciona en toda la UE y desde la mayoría de los teléfonos celulares o móviles.',
		call112: 'Llamar al 112',
		choose: 'Elegir un país',
		addOwn: 'Añadir tu propia línea de crisis',
		addOwnHint: 'Una línea de confianza, o el número de tu terapeuta, para tenerla aquí a un toque.'
	},
	/** Every bundled country's lines, each one tap away (features/help-now/OtherCountries.svelte). */
	countries: {
		other: 'Líneas de crisis en otros países',
		all: 'Líneas de crisis por país'
	},
	picker: {
		change: 'Cambiar de país',
		search: 'Buscar un país',
		automatic: (country: string) => `Automático (${country})`,
		automaticUnknown: 'Automático (sin determinar)',
		noMatch:
			'Ningún país con ese nombre tiene líneas en Between. Llama al número de emergencias de tu zona o añade tu propia línea.',
		close: 'Listo'
	},
	cannotDial: 'Este número no se puede marcar desde aquí. Revísalo en tus contactos.',
	extension: (extension: string) => `Luego, extensión ${extension}`,
	textWord: (word: string, to: string) => `Envía ${word} por mensaje al ${to}`,
	textTo: (to: string) => `Envía un mensaje al ${to}`,
	contacts: {
		title: 'Tu gente',
		intro:
			'Amistades, familia, tu terapeuta o un servicio de confianza. Añade sus números para tenerlos a un toque.',
		empty: 'Aún no has añadido a nadie.',
		add: 'Añadir a alguien',
		addTitle: 'Añadir un contacto',
		name: 'Nombre',
		phone: 'Número de teléfono',
		kind: '¿Quién es?',
		kinds: { person: 'Alguien que conozco', therapist: 'Mi terapeuta', service: 'Un servicio o profesional' },
		canText: 'Puedo enviar mensajes a este número',
		note: 'Nota (opcional)',
		// 24-hour time, as in the other Spanish catalogues
		notePlaceholder: 'Por ejemplo: mejor a partir de las 18 h',
		save: 'Guardar contacto',
		cancel: 'Cancelar',
		delete: (name: string) => `Quitar a ${name}`,
		deleted: (name: string) => `Se quitó a ${name}.`,
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		saved: (name: string) => `Se añadió a ${name}.`,
		draftRestored: 'Guardamos lo que estabas escribiendo.'
	}
};
