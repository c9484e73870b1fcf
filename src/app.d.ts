// The app-wide types SvelteKit looks for (App.Error, App.PageData, ...): none are customised yet.
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
