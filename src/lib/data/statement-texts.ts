/**
 * The statements' words (quote, speaker, source), for the panels that show them. The reader's
 * catalog holds only each statement's reference (`catalog.ts`), so that the first screen does not
 * download the words; this module, and with it the whole `statements.json`, loads with those
 * panels.
 */
import statementsJson from '$geodata/statements.json';
import type { Statement, StatementRef } from './schema/statements';

const byId = new Map((statementsJson as Statement[]).map((statement) => [statement.id, statement]));

/** True for a whole statement, as the studio's preview holds them; false for a reference. */
function hasWords(statement: StatementRef | Statement): statement is Statement {
	return 'quote' in statement;
}

/**
 * The whole statements of `statements`, in their order: a reference is looked up among the
 * published statements, a whole statement (the studio's draft) is kept.
 * @throws when a reference names no published statement (the build made both from one file)
 */
export function withWords(statements: readonly (StatementRef | Statement)[]): Statement[] {
	return statements.map((statement) => {
		if (hasWords(statement)) return statement;
		const found = byId.get(statement.id);
		if (!found) throw new Error(`statements.json has no statement ${statement.id}`);
		return found;
	});
}
