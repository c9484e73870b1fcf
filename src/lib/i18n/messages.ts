import type { Message } from '$lib/domain/messages';
import { catalogue } from './catalogue.svelte';
import { messagesEn } from './messages.en';

export const mMessages = catalogue('messages', messagesEn);

/** A message from the domain or the database (a code and its values) in the words of the language on screen. */
export function messageText(message: Message): string {
	const words = (mMessages[message.code] ?? mMessages.invalid) as
		string | ((values: Record<string, number | string>) => string);
	return typeof words === 'function' ? words(message.values ?? {}) : words;
}

/** Field name -> its message in words, for a form that shows each beside its field. */
export function fieldTexts(messages: Record<string, Message>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(messages).map(([field, message]) => [field, messageText(message)])
	);
}
