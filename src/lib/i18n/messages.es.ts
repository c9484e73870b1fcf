import { formatNumber } from './format';
import type { MessageWords } from './messages.en';

// "como máximo": the limit itself still fits (zod maxLength is inclusive).
const under = (what: string) => (values: { max: number }) =>
	`Acorta ${what} a ${formatNumber(values.max)} caracteres como máximo.`;

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** What the domain and the database report (domain/messages.ts), in Spanish, beside the field it is about. */
export const messagesEs: MessageWords = {
	invalid: 'Hay algo en este formulario que no es válido.',
	'record.badId': 'Estos datos no tienen un identificador válido.',
	'day.invalid': 'Usa una fecha real escrita como AAAA-MM-DD.',
	'instant.invalid': 'Usa una fecha y una hora con su diferencia horaria.',
	'checkIn.mood': 'Elige cómo te sientes, de 0 a 10.',
	'checkIn.rating': 'La puntuación va de 0 a 10.',
	'checkIn.noteTooLong': under('la nota'),
	'checkIn.tooManyTags': 'Son más etiquetas de las que caben en un registro.',
	'checkIn.tagTwice': 'Hay una etiqueta elegida dos veces.',
	'checkIn.futureDay': 'Un registro no puede ser de un día que todavía no ha llegado.',
	'checkIn.filledInLater': 'Solo un registro de un día anterior se marca como completado más tarde.',
	'checkIn.gone': 'Ese registro ya no existe.',
	'item.nameMissing': 'Ponle un nombre.',
	'item.nameTooLong': under('el nombre'),
	'item.nameTaken': ({ name }) => `Ya tienes «${name}». Usa ese o elige otro nombre.`,
	'item.gone': 'Ese elemento ya no existe.',
	'tag.kind': 'Elige qué tipo de etiqueta es.',
	'phone.empty': 'Añade un número de teléfono.',
	'phone.letters': 'Escribe el número con cifras: un teléfono no puede marcar letras desde un enlace.',
	'phone.characters':
		'Usa cifras, con espacios, puntos, guiones o paréntesis si quieres, y el + solo al principio.',
	'phone.plusNotFirst': 'Pon el + solo al principio, antes del código del país.',
	'phone.tooShort':
		'Ese número es demasiado corto para marcarlo: necesita al menos 3 cifras, o 7 después de un +.',
	'phone.tooLong': 'Ese número tiene demasiadas cifras para marcarlo: como máximo 15 después de un +.',
	'contact.nameMissing': 'Añade un nombre para saber quién es.',
	'contact.nameTooLong': under('el nombre'),
	'contact.noteTooLong': under('la nota'),
	'contact.gone': 'Ese contacto ya no existe.',
	'plan.lineTooLong': under('cada línea'),
	'plan.tooManyLines': ({ max }) =>
		`Es mucho para un solo paso: ${formatNumber(max)} líneas como máximo, por favor.`,
	'plan.tooManyPeople': ({ max }) => `Elige ${formatNumber(max)} personas como máximo.`,
	'plan.reviewDay': 'Elige el día en que lo revisaste con tu terapeuta.',
	'plan.reviewFuture': 'Elige hoy o un día pasado.',
	'measure.answer': 'Cada respuesta es una de las cuatro opciones.',
	'measure.difficulty': 'Elige una de las cuatro respuestas o déjala en blanco.',
	'measure.incomplete':
		'Responde todas las preguntas antes de terminar. No se calcula ninguna puntuación hasta que estén todas respondidas.',
	'measure.unanswered': 'Cada pregunta necesita una respuesta.',
	'measure.scoreMismatch': 'La puntuación guardada no coincide con las respuestas.',
	'settings.intervalTooLong': 'Elige un intervalo de un año como máximo.',
	'skills.distress': 'Elige un número del 0 al 10.',
	'skills.textTooLong': under('esto'),
	'skills.noteTooLong': under('la nota'),
	'stopPlan.cueMissing': 'Añade tu señal para parar, aunque sea solo la palabra «Alto».',
	'stopPlan.cueTooLong': under('la señal'),
	'stopPlan.replacementMissing': 'Añade a qué vas a cambiar: un pensamiento o algo que hacer.',
	'stopPlan.replacementTooLong': under('la alternativa'),
	'memory.titleMissing': 'Ponle al recuerdo un nombre corto para poder encontrarlo.',
	'memory.titleTooLong': under('el nombre'),
	'habit.tooLong': under('el hábito'),
	'habit.labelMissing': 'Escribe el hábito con tus propias palabras.',
	'sleep.timeFormat': 'Usa una hora escrita como HH:MM, por ejemplo 23:15.',
	'sleep.wholeNumber': 'Usa un número entero, 0 o más: 12 o 13, no 12,5.',
	'sleep.tooMany': ({ max }) => `Eso es más de ${formatNumber(max)}. Revisa el número.`,
	'sleep.timeZone': 'Este diario no tiene una zona horaria válida.',
	'sleep.commentsTooLong': under('los comentarios'),
	'sleep.missing.inBed': 'Añade la hora en que te acostaste.',
	'sleep.missing.triedToSleep': 'Añade la hora en que intentaste dormirte.',
	'sleep.missing.finalAwakening': 'Añade la hora en que te despertaste por última vez.',
	'sleep.missing.outOfBed': 'Añade la hora en que te levantaste de la cama.',
	'sleep.missing.solMinutes': 'Añade cuántos minutos tardaste en dormirte (0 si fue enseguida).',
	'sleep.missing.awakenings': 'Añade cuántas veces te despertaste durante la noche (0 si ninguna).',
	'sleep.missing.wasoMinutes': 'Añade cuántos minutos estuviste sin dormir durante la noche (0 si ninguno).',
	'sleep.order.triedToSleep': 'Intentaste dormirte antes de acostarte. Revisa estas dos horas.',
	'sleep.order.finalAwakening':
		'Tu último despertar es anterior a la hora en que intentaste dormirte. Revisa estas dos horas.',
	'sleep.order.outOfBed': 'Te levantaste de la cama antes de tu último despertar. Revisa estas dos horas.',
	'sleep.sameTime': 'Acostarte y levantarte están a la misma hora. Revisa estas dos horas.',
	'sleep.wasoWithoutAwakenings':
		'Pusiste minutos sin dormir durante la noche, pero ningún despertar. Añade cuántas veces te despertaste o pon los minutos en 0.',
	'sleep.asleepTooLong': ({ sol, waso, window }) =>
		`Lo que tardaste en dormirte (${formatNumber(sol)} min) y el tiempo sin dormir durante la noche (${formatNumber(waso)} min) suman más que los ${formatNumber(window)} min entre que intentaste dormirte y tu último despertar. Revisa estos números.`,
	'sleep.longNight':
		'Son más de 14 horas en la cama. Si las horas son correctas, puedes guardarlo igualmente.',
	'sleep.clocksBack': ({ end }) =>
		`Esta noche los relojes se atrasaron una hora, así que esta hora pasó dos veces. Hemos contado la primera, antes del cambio. Si la tuya fue la segunda, puedes escribir ${clock(end)} en su lugar, si se acerca lo suficiente, o guardarla tal como está.`,
	'sleep.futureDay': 'Este día todavía no ha llegado. Elige la mañana en que te levantaste.',
	'sleep.dayTaken': 'Ya hay un diario para esta mañana. Ábrelo desde la lista para cambiarlo.',
	'worksheet.textTooLong': under('esto'),
	'worksheet.rating': 'Elige un número del 0 al 100.',
	'worksheet.moodNameMissing': 'Ponle un nombre a la emoción.',
	'worksheet.moodNameTooLong': under('el nombre de la emoción'),
	'worksheet.tooMany': (values) => `Aquí caben hasta ${formatNumber(values.max)}.`,
	'worksheet.oneHotThought': 'Marca un pensamiento como el que más pesa: el que trae la emoción más fuerte.',
	'worksheet.gone': 'Esa hoja de trabajo ya no existe.',
	'activity.nameMissing': 'Di cuál fue la actividad, en una o dos palabras.',
	'activity.nameTooLong': under('la actividad'),
	'activity.noteTooLong': under('esto'),
	'activity.rating': 'Elige un número del 0 al 10.',
	'activity.block': 'Elige el momento del día.',
	'ladder.suds': 'Elige un número del 0 al 100.',
	'ladder.minutes': 'Escribe los minutos como un número entero, hasta un día (1440).',
	'ladder.peakLow':
		'El malestar máximo es lo más alto que llegó, así que no puede ser menor que el de antes o el de después.',
	'ladder.situationMissing': 'Describe la situación en pocas palabras.',
	'ladder.situationTooLong': under('esto'),
	'distortion.nameMissing': 'Ponle un nombre.',
	'distortion.nameTooLong': under('el nombre'),
	'distortion.descriptionTooLong': under('la descripción'),
	'distortion.nameTaken': ({ name }) => `Ya tienes un patrón llamado «${name}».`,
	'problem.missing': 'Primero describe el problema en pocas palabras.',
	'problem.noOptions':
		'Escribe al menos una opción. Aquí cuenta cualquier idea, incluso una que parezca poco probable.',
	'problem.noChoice': 'Elige la opción que vas a probar primero.',
	'problem.noPlan': 'Escribe al menos un paso de tu plan.',
	'problem.lineMissing': 'Escribe unas palabras aquí o quítalo.',
	'problem.lineTooLong': under('esto')
};
