import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ValidationError } from '$lib/domain/errors';
import { addContact, deleteContact, listContacts, restoreContact, updateContact } from '$lib/db/contacts';
import { createDb, type Db } from '$lib/db/db';
import { freshDbName, NOW } from '../../factories';

let db: Db;
beforeEach(() => {
	db = createDb(freshDbName());
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const id = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;

describe('contacts', () => {
	test('are listed in the order they were added', async () => {
		await addContact(db, { name: 'Sam', phone: '07700 900123' }, id(1), NOW);
		await addContact(db, { name: 'Dr Lee', phone: '+1 (555) 010-0199', kind: 'therapist' }, id(2), NOW);
		const list = await listContacts(db);
		expect(list.map((c) => [c.name, c.order, c.kind])).toEqual([
			['Sam', 0, 'person'],
			['Dr Lee', 1, 'therapist']
		]);
	});

	test.each([
		[{ name: '', phone: '123' }, 'contact.nameMissing'],
		// The reasons a number cannot be dialled are codes (domain/phone.ts); the form words them.
		[{ name: 'Sam', phone: 'call me' }, 'phone.letters'],
		[{ name: 'Sam', phone: '12' }, 'phone.tooShort'],
		[{ name: 'Sam', phone: '15' }, 'phone.tooShort'],
		[{ name: 'Sam', phone: '44+20 7946 0321' }, 'phone.plusNotFirst'],
		[{ name: 'Sam', phone: '1234 5678 9012 3456 7890' }, 'phone.tooLong'],
		[{ name: 'x'.repeat(101), phone: '123' }, 'contact.nameTooLong']
	])('invalid input %j is refused with the code "%s" and nothing is written', async (input, message) => {
		await expect(addContact(db, input, id(3), NOW)).rejects.toThrow(ValidationError);
		await expect(addContact(db, input, id(3), NOW)).rejects.toThrow(message);
		expect(await db.contacts.count()).toBe(0);
	});

	test('an invalid update leaves the stored contact unchanged', async () => {
		const sam = await addContact(db, { name: 'Sam', phone: '07700 900123' }, id(4), NOW);
		await expect(updateContact(db, sam.id, { name: 'Sam', phone: 'nope' }, NOW)).rejects.toThrow(
			ValidationError
		);
		expect(await db.contacts.get(sam.id)).toEqual(sam);
	});

	test('a number is stored as the client wrote it, trunk zero and extension included', async () => {
		const lee = await addContact(db, { name: 'Dr Lee', phone: '+44 (0)20 7946 0321 ext. 12' }, id(6), NOW);
		expect(lee.phone).toBe('+44 (0)20 7946 0321 ext. 12');
	});

	test('a number stored before numbers were checked is still read, and can be put back', async () => {
		// 20 digits passed the earlier rules but cannot be dialled: it must stay readable, never be skipped.
		const old = {
			id: id(7),
			name: 'Old',
			phone: '1234 5678 9012 3456 7890',
			kind: 'person' as const,
			canText: false,
			note: '',
			order: 0,
			createdAt: NOW,
			updatedAt: NOW
		};
		await db.contacts.add(old);
		expect(await listContacts(db)).toEqual([old]);
		await deleteContact(db, old.id);
		await restoreContact(db, old);
		expect(await db.contacts.get(old.id)).toEqual(old);
	});

	test('a deleted contact can be restored exactly', async () => {
		const sam = await addContact(db, { name: 'Sam', phone: '07700 900123', note: 'sister' }, id(5), NOW);
		await deleteContact(db, sam.id);
		expect(await db.contacts.count()).toBe(0);
		await restoreContact(db, sam);
		expect(await db.contacts.get(sam.id)).toEqual(sam);
	});
});
