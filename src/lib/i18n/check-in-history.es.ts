import type { CheckInHistoryWords } from './check-in-history.en';

/** Check-in history and the lists of symptoms and tags. */
export const checkInHistoryEs: CheckInHistoryWords = {
	history: {
		title: 'Historial de registros',
		intro: 'Todos tus registros por mes, primero los más recientes. Toca uno para cambiarlo.',
		empty: 'Aún no hay registros. Cuando hagas uno, aparecerá aquí por día.',
		checkIn: 'Hacer un registro',
		mood: (value: number) => `Ánimo ${value}/10`,
		moodLabel: (value: number) => `Ánimo ${value} de 10`,
		// A colon, not "a las": the time may read "1:05 p. m.". A check-in filled in later has no time ('').
		edit: (time: string) => (time ? `Editar el registro: ${time}` : 'Editar este registro'),
		delete: (time: string) => (time ? `Eliminar el registro: ${time}` : 'Eliminar este registro'),
		deleted: 'Registro eliminado.',
		undo: 'Deshacer',
		restored: 'Registro recuperado.',
		saved: 'Cambios guardados.',
		earlier: (month: string) => `Antes: ${month}`,
		months: 'Meses',
		olderLabel: (month: string) => `Mes anterior: ${month}`,
		newerLabel: (month: string) => `Mes siguiente: ${month}`,
		emptyMonth: 'No hay registros en este mes.',
		count: (n: number) => (n === 1 ? '1 registro' : `${n} registros`),
		notFound: 'Este registro ya no está aquí. Puede que se haya eliminado.',
		back: 'Volver al historial',
		dismiss: 'Cerrar'
	},
	manage: {
		title: 'Síntomas y etiquetas',
		intro:
			'Elige qué puntúas y qué etiquetas usas al hacer un registro. Archivar algo lo quita del formulario y conserva su historial.',
		symptoms: 'Síntomas que sigues',
		tags: 'Etiquetas',
		archivedHeading: 'Archivados',
		rename: 'Nombre',
		renameLabel: (name: string) => `Cambiar el nombre de ${name}`,
		save: 'Guardar',
		cancel: 'Cancelar',
		up: (name: string) => `Subir ${name}`,
		down: (name: string) => `Bajar ${name}`,
		archive: 'Archivar',
		archiveLabel: (name: string) => `Archivar ${name}`,
		unarchive: 'Recuperar',
		unarchiveLabel: (name: string) => `Recuperar ${name}`,
		// "Se archivó X" rather than "X archivado/a": the name may be a feminine noun.
		archived: (name: string) => `Se archivó ${name}. Su historial se conserva.`,
		unarchived: (name: string) => `${name} vuelve a estar en el formulario de registro.`,
		addSymptom: 'Añadir un síntoma',
		addTag: 'Añadir una etiqueta',
		newName: 'Nombre',
		kind: 'Tipo',
		add: 'Añadir',
		added: (name: string) => `Se añadió ${name}.`,
		renamed: (name: string) => `Nuevo nombre: ${name}.`,
		noArchived: 'No hay nada archivado.',
		dismiss: 'Cerrar'
	}
};
