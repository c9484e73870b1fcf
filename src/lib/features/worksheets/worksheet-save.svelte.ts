import { classifyWriteError, type WriteProblem } from '$lib/db/write-error';
import { localInstant } from '$lib/domain/time';
import type { Worksheet } from '$lib/domain/worksheets/worksheet';
import { messageText } from '$lib/i18n/messages';
import type { App } from '$lib/state/app.svelte';
import type { Draft } from '$lib/state/draft.svelte';

/**
 * Saving a worksheet from its draft, telling the truth about it: `saving` while it writes; on invalid input the
 * first message in words (`invalid`) and nothing written; on a failed write the problem (`failed`, for
 * WriteFailed) with the draft flushed, so the words are kept. The draft is discarded only once the record is stored.
 */
export class WorksheetSave {
	saving = $state(false);
	failed = $state<WriteProblem | null>(null);
	invalid = $state<string | null>(null);

	constructor(
		private readonly app: App,
		private readonly draft: Pick<Draft<object>, 'discard' | 'flush'>
	) {}

	/** Stores `input` as the worksheet `id`; the stored record, or null when it was not stored. */
	async save(input: unknown, id: string, complete: boolean): Promise<Worksheet | null> {
		if (this.saving) return null;
		this.saving = true;
		this.invalid = null;
		try {
			const { saveWorksheet } = await import('$lib/db/worksheets');
			const saved = await saveWorksheet(this.app.store, input, id, localInstant(this.app.now()), {
				complete
			});
			this.failed = null;
			await this.draft.discard();
			return saved;
		} catch (error) {
			const { isValidationError, firstMessage } = await import('$lib/domain/errors');
			if (isValidationError(error)) this.invalid = messageText(firstMessage(error));
			else {
				console.error('Could not save the worksheet', error);
				await this.draft.flush();
				this.failed = classifyWriteError(error);
			}
			return null;
		} finally {
			this.saving = false;
		}
	}
}
