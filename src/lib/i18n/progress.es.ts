import type { Bin, RangeKind } from '$lib/domain/progress';
import { formatNumber } from './format';
import type { ProgressWords } from './progress.en';

/** The Progress screen in Spanish: ranges, charts' captions and their tables. */
export const progressEs: ProgressWords = {
	screen: {
		title: 'Progreso',
		intro: 'Cómo han ido las cosas en los días que elijas. Solo tú lo ves, salvo que lo compartas.',
		rangeLabel: 'Mostrar',
		ranges: {
			'2w': '2 semanas',
			since: 'Desde mi última sesión',
			'3m': '3 meses',
			'1y': 'Un año',
			all: 'Todo',
			custom: 'Fechas que elijo'
		} satisfies Record<RangeKind, string>,
		lastSession: 'Fecha de mi última sesión',
		sessionIntro: 'Indica el día de tu última sesión para ver cómo han ido las cosas desde entonces.',
		sessionSet: (day: string) => `Desde tu sesión del ${day}.`,
		sessionShow: 'Mostrar desde entonces',
		sessionChange: 'Cambiar la fecha',
		sessionFuture: 'Elige un día que ya haya pasado: hoy como muy tarde.',
		sessionMissing: 'Elige el día de tu última sesión.',
		sessionNotSaved: 'La fecha no se pudo guardar en este dispositivo, así que desaparecerá al recargar.',
		from: 'Desde',
		to: 'Hasta',
		apply: 'Mostrar estas fechas',
		empty:
			'Aún no hay nada registrado en estos días. Cada registro y cada noche del diario de sueño añaden un punto aquí; un periodo más largo puede mostrar los anteriores.',
		checkInLink: 'Hacer un registro ahora',
		historyLink: 'Ver todos los registros',
		measuresLink: 'Tus resultados de los cuestionarios'
	},
	series: {
		mood: 'Ánimo',
		moodCaption: (bin: Bin) =>
			`Ánimo de 0 a 10: el promedio ${binWord[bin]}, con el registro más bajo y el más alto, y un ${rollingWord[bin]}.`,
		symptomCaption: (name: string, bin: Bin) =>
			`${name} de 0 a 10: el promedio ${binWord[bin]}, con la puntuación más baja y la más alta, y un ${rollingWord[bin]}.`,
		average: 'Promedio',
		rolling: (bin: Bin) => rollingShort[bin],
		spread: 'De más bajo a más alto',
		entries: 'Registros',
		when: { day: 'Día', week: 'Semana del', month: 'Mes' } satisfies Record<Bin, string>,
		noData: 'ninguno',
		tableToggle: 'Ver los números',
		/** The tooltip a tap on a point shows: its day, week or month. */
		pointTitle: (bin: Bin, label: string) => (bin === 'week' ? `Semana del ${label}` : label),
		range: (min: number, max: number) =>
			min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`
	},
	sleep: {
		efficiency: 'Eficiencia del sueño',
		efficiencyCaption: (bin: Bin) =>
			`Eficiencia del sueño en porcentaje (tiempo dormido sobre tiempo en la cama): el promedio ${binWord[bin]}, con la noche de menor y la de mayor eficiencia, un ${rollingWord[bin]} y la línea del 85 % (de puntos).`,
		target: 'Línea del 85 %',
		hours: 'Tiempo dormido',
		hoursCaption: (bin: Bin) =>
			`Horas de sueño cada noche: el promedio ${binWord[bin]}, con la noche más corta y la más larga, y un ${rollingWord[bin]}.`,
		nights: 'Noches'
	},
	measures: {
		title: (name: string, about: string) => `${name} (${about.toLowerCase()})`,
		caption: (name: string, max: number, bin: Bin) =>
			`Puntuación del ${name} de 0 a ${max}${bin === 'day' ? '' : `, el promedio ${binWord[bin]}`}, sobre sus rangos de puntuación, sombreados y con su nombre.`,
		// «Ningún día» is the instrument's own first answer (measures.es.ts).
		item9Caption:
			'Los triángulos marcan las veces que respondiste a la pregunta 9 (pensamientos de que sería mejor morir, o de hacerte daño) con algo más que «Ningún día».',
		score: 'Puntuación',
		band: 'Rango',
		item9: 'Pregunta 9',
		item9Mark: 'Pregunta 9 por encima de «Ningún día»',
		item9Help:
			'Si ahora tienes pensamientos así, Ayuda ahora está arriba en cada pantalla, y a tu terapeuta le importaría saberlo.',
		times: 'Veces que lo respondiste'
	},
	counts: {
		// "en barras apiladas": no agreement with the gender of `what`.
		chartCaption: (what: string, bin: Bin) =>
			`${what} ${perBin[bin]}, en barras apiladas, cada tipo con su propio patrón.`,
		when: { day: 'Día', week: 'Semana del', month: 'Mes' } satisfies Record<Bin, string>,
		total: 'Veces',
		which: 'Cuáles',
		part: (name: string, count: number) => `${name} ${formatNumber(count)}`
	},
	practice: {
		title: 'Práctica',
		chart: 'Prácticas',
		caption: 'Cuántas veces practicaste cada habilidad en estos días.',
		skill: 'Habilidad',
		times: 'Veces'
	},
	homework: {
		title: 'Tareas',
		chart: 'Hojas de trabajo terminadas',
		caption: 'Cuántas hojas de trabajo de cada tipo terminaste en estos días.',
		kind: 'Hoja de trabajo',
		times: 'Terminadas'
	},
	tags: {
		title: 'El ánimo y tus etiquetas',
		intro:
			'Cómo fue tu ánimo los días con cada etiqueta y los días sin ella. Muestra lo que pasó a la vez, no qué causó qué.',
		caption: 'Ánimo promedio de 0 a 10 los días con cada etiqueta y los demás días, con el número de días.',
		tag: 'Etiqueta',
		with: 'Días con ella',
		without: 'Los demás días',
		mood: (mood: string, days: number) => `${mood} (${days === 1 ? '1 día' : `${formatNumber(days)} días`})`,
		tooFew: (names: string, enough: number) =>
			`Aún no hay días suficientes para decir algo sobre ${names}: cada una necesita ${enough} días con ella y ${enough} sin ella.`
	}
};

const perBin: Record<Bin, string> = { day: 'cada día', week: 'cada semana', month: 'cada mes' };
const binWord: Record<Bin, string> = { day: 'diario', week: 'semanal', month: 'mensual' };
const rollingWord: Record<Bin, string> = {
	day: 'promedio móvil de 7 días (línea discontinua)',
	week: 'promedio móvil de 7 semanas (línea discontinua)',
	month: 'promedio móvil de 7 meses (línea discontinua)'
};
const rollingShort: Record<Bin, string> = {
	day: 'Promedio de 7 días',
	week: 'Promedio de 7 semanas',
	month: 'Promedio de 7 meses'
};
