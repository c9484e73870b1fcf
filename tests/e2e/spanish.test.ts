import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { misfits } from './layout';
import { PLAN_SCREENS, SCREENS } from './screens.js';
import { expectNoAxeViolations as axe, useBrowser } from './setup';
import { readStore } from './stored';
import { tapScale } from './scale';

// Between for a client whose browser speaks Spanish (es-MX: Mexico's crisis lines, Sunday-first weeks), from the
// first visit: the words, the published Spanish PHQ-9, Help now, a practice, the safety plan's print and image,
// and every screen laid out in the longer words, light and dark. And a client who chooses Spanish in More.

const { base, phonePage } = useBrowser();

/** Waits until the page's words are Spanish (the catalogue loads before the first screen when the browser asks). */
const inSpanish = (page: Page) => page.waitForFunction(() => document.documentElement.lang === 'es');

/** Taps the mood scale where `value` sits, as a thumb would: one tap. */
const tapMood = (page: Page, value: number) =>
	tapScale(page, page.getByRole('slider', { name: '¿Cómo está tu ánimo ahora mismo?' }), value);

describe('Between in Spanish, from the first visit', () => {
	test('first run and a check-in, in Spanish, with the manifest in Spanish too', async () => {
		const { page, outside } = await phonePage({ locale: 'es-MX' });
		await page.goto(base);
		await inSpanish(page);
		await page.getByRole('link', { name: 'Ayuda ahora: líneas de crisis y tu gente' }).waitFor();
		await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Hoy' }).waitFor();
		await page.getByText('Aún no hay registros hoy.').waitFor();
		await axe(page, 'Today in Spanish');

		// Installing from here names Between's shortcuts in Spanish.
		const manifestHref = await page
			.locator('link[rel="manifest"]')
			.evaluate((link) => (link as HTMLLinkElement).href);
		expect(new URL(manifestHref).pathname).toBe('/manifest.es.webmanifest');
		const manifest = await (await page.request.get(manifestHref)).json();
		expect(manifest.lang).toBe('es');
		expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
			['Registro del día', '/check-in'],
			['Ayuda ahora', '/help']
		]);

		await page.goto(`${base}/check-in`);
		await page.getByRole('heading', { name: 'Registro del día' }).waitFor();
		await tapMood(page, 7);
		await page.getByRole('button', { name: 'Guardar registro' }).click();
		await page.getByRole('heading', { name: 'Registro guardado' }).waitFor();
		await axe(page, 'check-in saved, in Spanish');
		const [entry] = await readStore<{ mood: number }>(page, 'checkIns');
		expect(entry?.mood).toBe(7);
		await page.goto(base);
		await page.getByText(/^Registro de hoy: /).waitFor();
		expect(outside).toEqual([]);
	});

	test('the PHQ-9 in its published Spanish; item 9 above 0 shows Mexico’s lines at once, in Spanish', async () => {
		const { page, outside } = await phonePage({ locale: 'es-MX', colorScheme: 'dark' });
		await page.goto(`${base}/measures/phq9`);
		await inSpanish(page);
		await page
			.getByText(
				'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?'
			)
			.first()
			.waitFor();
		for (let i = 1; i <= 8; i += 1) {
			await page.getByText(`Pregunta ${i} de 9`).waitFor();
			await page.getByText('Ningún día', { exact: true }).click();
		}
		await page
			.getByText('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera')
			.waitFor();
		expect(await page.getByRole('heading', { name: /cargar con esto a solas/ }).count()).toBe(0);
		await page.getByText('Más de la mitad de los días', { exact: true }).click();

		await page.getByRole('heading', { name: 'No tienes que cargar con esto a solas' }).waitFor();
		const lineaDeLaVida = page.getByRole('link', { name: 'Llamar a Línea de la Vida, 800 911 2000' });
		expect(await lineaDeLaVida.getAttribute('href')).toBe('tel:8009112000');
		expect(
			await page.getByRole('link', { name: 'Llamar a Servicios de emergencia, 911' }).getAttribute('href')
		).toBe('tel:911');
		await page.getByText(/Nadie revisa estas respuestas en tiempo real/).waitFor();
		await page.getByText(/Cuéntale a tu terapeuta/).waitFor();
		await axe(page, 'phq9 with the safety panel, in Spanish (dark)');

		await page.getByText('No ha sido difícil', { exact: true }).click();
		await page.getByRole('button', { name: 'Terminar' }).click();
		await page.getByRole('heading', { name: 'Tu resultado del PHQ-9' }).waitFor();
		await page.getByText('2 de 27').waitFor();
		await lineaDeLaVida.waitFor();
		const [response] = await readStore<Record<string, unknown>>(page, 'measureResponses');
		// The scoring does not change with the language.
		expect(response).toMatchObject({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 2], total: 2, safetyFlag: true });
		expect(outside).toEqual([]);
	});

	test('a Spanish speaker in the US gets 988 with its Spanish option', async () => {
		const { page } = await phonePage({ locale: 'es-US' });
		await page.goto(`${base}/help`);
		await inSpanish(page);
		await page.getByRole('heading', { name: 'Líneas de crisis: Estados Unidos' }).waitFor();
		expect(
			await page
				.getByRole('link', { name: 'Llamar a 988 Suicide & Crisis Lifeline, 988' })
				.getAttribute('href')
		).toBe('tel:988');
		await page.getByText('En español: marca el 2, o envía AYUDA por mensaje al 988.').waitFor();
		await axe(page, 'Help now, es-US');
	});

	test('a skill practised in Spanish: 5-4-3-2-1 grounding, rated and logged', async () => {
		const { page } = await phonePage({ locale: 'es-MX', colorScheme: 'dark' });
		await page.goto(`${base}/skills/grounding`);
		await inSpanish(page);
		const practice = page.getByRole('region', { name: 'Práctica', exact: true });
		await practice.getByRole('radio', { name: '7', exact: true }).check();
		await practice.getByRole('button', { name: 'Empezar' }).click();
		for (const label of ['¿Qué puedes ver?', '¿Qué puedes tocar?', '¿Qué puedes oír?', '¿Qué puedes oler?']) {
			await page.getByLabel(label).fill('algo');
			await page.getByRole('button', { name: 'Siguiente' }).click();
		}
		await page.getByLabel('¿Qué puedes saborear?').fill('agua');
		await axe(page, 'grounding in Spanish (dark)');
		await page.getByRole('button', { name: 'Terminar' }).click();
		await page.getByRole('radio', { name: '4', exact: true }).check();
		await page.getByRole('button', { name: 'Guardar en mi historial' }).click();
		await page.getByText('Guardado en tu historial.').waitFor();
		await page.reload();
		await page
			.getByRole('region', { name: 'Tu historial de práctica' })
			.getByText('Malestar 7 → 4')
			.waitFor();
	});

	test('the safety plan’s print and image are in Spanish, with Mexico’s line on them', async () => {
		const { page, outside } = await phonePage({ locale: 'es-MX' });
		await page.goto(`${base}/safety-plan`);
		await inSpanish(page);
		await page.getByRole('textbox', { name: 'Señal de alerta 1' }).fill('Dejo de contestar mensajes');
		await page.getByText('Guardado en este teléfono').waitFor();
		await expect
			.poll(async () => JSON.stringify(await readStore(page, 'safetyPlan', 'safety-plan')))
			.toContain('Dejo de contestar mensajes');

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Enviar como imagen' }).click();
		expect((await download).suggestedFilename()).toBe('mi-plan-de-seguridad.png');

		await page.getByRole('link', { name: 'Página para imprimir' }).click();
		const sheet = page.getByRole('article', { name: 'Mi plan de seguridad' });
		await sheet.waitFor();
		await sheet.getByRole('heading', { name: 'Paso 1: Mis señales de alerta' }).waitFor();
		await sheet.getByText('Dejo de contestar mensajes').waitFor();
		await sheet.getByText('800 911 2000').waitFor();
		await page.getByRole('button', { name: 'Imprimir o guardar como PDF' }).waitFor();
		await axe(page, 'safety plan print, in Spanish');
		expect(outside).toEqual([]);
	});
});

describe('choosing Spanish in More', () => {
	test('applies at once, keeps a half-typed check-in, and stays chosen after a reload', async () => {
		const { page } = await phonePage({ locale: 'en-GB' });
		await page.goto(`${base}/check-in`);
		await page.getByLabel('Note').fill('Slept badly, long day');
		await expect
			.poll(async () => JSON.stringify(await readStore(page, 'drafts', 'check-in:new')))
			.toContain('Slept badly');

		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
		await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
		// At once, without a reload: the screen redraws in Spanish.
		await page.getByRole('heading', { name: 'Más', exact: true }).waitFor();
		await inSpanish(page);
		await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Hoy' }).waitFor();

		await page.goto(`${base}/check-in`);
		await page.getByRole('heading', { name: 'Registro del día' }).waitFor();
		await expect.poll(() => page.getByLabel('Nota').inputValue()).toBe('Slept badly, long day');

		await page.reload();
		await page.getByRole('heading', { name: 'Registro del día' }).waitFor();
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
		const settings = await readStore<{ language: string }>(page, 'settings', 'settings');
		expect(settings?.language).toBe('es');

		// Back to following the phone: English again, at once.
		await page.goto(`${base}/more`);
		await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('');
		await page.getByRole('heading', { name: 'More', exact: true }).waitFor();
	});
});

describe('every screen in Spanish fits a phone and passes axe', { timeout: 600_000 }, () => {
	test.each(['light', 'dark'] as const)('at 390 x 844, %s', async (colorScheme) => {
		const { page } = await phonePage({ locale: 'es-ES', colorScheme });
		const problems: string[] = [];
		for (const path of [...SCREENS, ...PLAN_SCREENS]) {
			await page.goto(`${base}${path}`);
			await inSpanish(page);
			await page.locator('main h1').first().waitFor();
			problems.push(...(await misfits(page)).map((problem) => `${path}: ${problem}`));
			await axe(page, `${path} in Spanish (${colorScheme})`);
		}
		expect(problems).toEqual([]);
	});
});
