/**
 * A dictionary that loads on first use (the Ukrainian one, the later panels' English). `t()` reads
 * `strings`, a rune, so whatever rendered before it arrived renders again once it has.
 */
export class LazyStrings<T> {
	/** Null until `load()` has resolved. */
	strings = $state.raw<T | null>(null);
	#pending: Promise<T> | null = null;
	readonly #importer: () => Promise<T>;

	constructor(importer: () => Promise<T>) {
		this.#importer = importer;
	}

	/** Loads the dictionary (once); resolves when `strings` holds it. */
	load(): Promise<T> {
		this.#pending ??= this.#importer().then((strings) => (this.strings = strings));
		return this.#pending;
	}

	/** The dictionary if it has arrived; otherwise null, and the load is started. */
	current(): T | null {
		if (this.strings === null) void this.load();
		return this.strings;
	}
}
