import { describe, expect, test } from 'vitest';
import { buildPlan, SAVED, storedText } from './safety-plan-helpers';
import { expectNoAxeViolations, useBrowser } from './setup';

const { base, phonePage } = useBrowser();

describe('the safety plan', () => {
	test('a plan built on the phone is there after a reload, and Help now shows it in crisis order', async () => {
		const { page, context, outside } = await phonePage();
		await buildPlan(page, base);
		await page.reload();
		await expect
			.poll(() => page.getByRole('textbox', { name: 'Warning sign 1' }).inputValue())
			.toBe('I stop answering messages');
		expect(
			await page
				.getByRole('checkbox', { name: /Jo \(sister\)/ })
				.first()
				.isChecked()
		).toBe(false);
		expect(
			await page
				.getByRole('region', { name: /People I can ask for help/ })
				.getByRole('checkbox', { name: /Jo \(sister\)/ })
				.isChecked()
		).toBe(true);

		// One tap to Help now, where the plan follows the crisis lines, step by step.
		await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).click();
		const plan = page.getByRole('region', { name: 'My safety plan' });
		await plan.waitFor();
		expect(await plan.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(
			[
				'What matters most to me',
				'1\nStep 1:\nNotice my warning signs',
				'2\nStep 2:\nTry something I can do on my own',
				'4\nStep 4:\nAsk someone for help',
				'5\nStep 5:\nContact a professional or crisis line',
				'6\nStep 6:\nMake my surroundings safe'
			].map((text) => expect.stringMatching(text.split('\n').at(-1)!))
		);
		expect(
			await plan.getByRole('link', { name: 'Call Jo (sister), +44 7700 900123' }).getAttribute('href')
		).toBe('tel:+447700900123');
		expect(
			await plan.getByRole('link', { name: 'Text Jo (sister), +44 7700 900123' }).getAttribute('href')
		).toBe('sms:+447700900123');
		expect(await plan.getByRole('link', { name: 'Call Samaritans, 116 123' }).getAttribute('href')).toBe(
			'tel:116123'
		);
		expect(outside).toEqual([]);
		await context.close();
	});

	test('words typed a moment before a reload are kept', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/safety-plan`);
		await page.getByRole('textbox', { name: 'Thing I can do 1' }).fill('Walk to the park');
		await page.getByRole('textbox', { name: 'Thing I can do 1' }).press('Enter');
		await page.keyboard.type('Call the');
		// The words reach storage within a moment of typing (as a draft, then as the plan).
		await expect.poll(() => storedText(page), SAVED).toContain('Call the');
		await page.reload();
		await expect
			.poll(() => page.getByRole('textbox', { name: 'Thing I can do 2' }).inputValue())
			.toBe('Call the');
		expect(await page.getByRole('textbox', { name: 'Thing I can do 1' }).inputValue()).toBe(
			'Walk to the park'
		);
		await context.close();
	});

	test('/help#plan (the link from a check-in) lands on the plan itself', async () => {
		const { page, context } = await phonePage();
		await buildPlan(page, base);
		await page.goto(`${base}/help#plan`);
		const plan = page.getByRole('region', { name: 'My safety plan' });
		await plan.waitFor();
		await expect.poll(() => plan.evaluate((element) => element === document.activeElement)).toBe(true);
		const top = await plan.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
		await context.close();
	});

	test('the printable version renders the whole plan on one page, without the app around it', async () => {
		const { page, context, outside } = await phonePage();
		await buildPlan(page, base);
		await page.getByRole('link', { name: 'Printable page' }).click();
		const sheet = page.getByRole('article', { name: 'My safety plan' });
		await sheet.waitFor();
		for (const heading of [
			'Step 1: My warning signs',
			'Step 4: People I can ask for help',
			'Step 5: Professionals and services I can contact',
			'What matters most to me'
		])
			expect(await sheet.getByRole('heading', { name: heading }).count(), heading).toBe(1);
		expect(await sheet.getByText('+44 7700 900123').count()).toBe(1);
		expect(await sheet.getByText('116 123').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Print or save as PDF' }).count()).toBe(1);

		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).isVisible()).toBe(
			false
		);
		expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
		expect(await sheet.isVisible()).toBe(true);
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		expect(outside).toEqual([]);
		await context.close();
	});

	test('the plan can be sent as an image, and saved as a phone wallpaper', async () => {
		const { page, context, outside } = await phonePage();
		await buildPlan(page, base);
		for (const [button, name, width, height] of [
			['Send as an image', 'my-safety-plan.png', 1080, undefined],
			['Phone wallpaper', 'my-safety-plan-wallpaper.png', 1080, 2340]
		] as const) {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: button }).click();
			const file = await download;
			expect(file.suggestedFilename()).toBe(name);
			const stream = await file.createReadStream();
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			const png = Buffer.concat(chunks);
			expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
			expect(png.readUInt32BE(16)).toBe(width);
			if (height) expect(png.readUInt32BE(20)).toBe(height);
			else expect(png.readUInt32BE(20)).toBeGreaterThan(600);
		}
		await page.getByText('Image saved to your downloads.').waitFor();
		expect(outside).toEqual([]);
		await context.close();
	});

	test('axe finds nothing on the plan’s screens with a plan, light and dark, and the CSP is never broken', async () => {
		const { page, context, outside } = await phonePage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await buildPlan(page, base);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const [path, ready] of [
				['/safety-plan', 'Warning sign 1'],
				['/safety-plan/history', 'Back to my plan'],
				['/safety-plan/print', 'Print or save as PDF'],
				['/help', 'Change my plan']
			] as const) {
				await page.goto(`${base}${path}`);
				await page.getByText(ready).or(page.getByLabel(ready)).first().waitFor();
				await expectNoAxeViolations(page, `${colorScheme} ${path}`);
			}
		}
		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});
});
