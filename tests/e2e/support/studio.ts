/** What an editor does in the studio, as test steps: start a story, find a statement's card, fill a field. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { Statement } from '$lib/data/schema/statements';

const BI_ID = 'bi-2024-07-zelenskyy-kharkiv';
const BI_TEXT = readFileSync(`geodata/articles/${BI_ID}.txt`, 'utf8');

/** The hand-made statements of the Business Insider story that quote a speaker's own words. */
export function goldDirectQuotes(): Statement[] {
	const all = JSON.parse(readFileSync('geodata/statements.json', 'utf8')) as Statement[];
	return all.filter((s) => s.article === BI_ID && s.wording === 'speaker');
}

/** Pastes the Business Insider article, fills its metadata and waits for the draft to review. */
export async function startBusinessInsider(page: Page): Promise<void> {
	await page.getByLabel('Article text').fill(BI_TEXT);
	await page.getByLabel('Title').fill('Zelenskyy says Russia is giving up on Kharkiv');
	await page.getByLabel('Outlet').fill('Business Insider');
	await page.getByLabel('Publication date').fill('2024-08-01');
	await page.getByRole('button', { name: 'Analyse the text' }).click();
	await page.getByRole('heading', { name: /^Statements \(\d+\)$/ }).waitFor({ timeout: 30_000 });
}

/** The card of the statement whose quote starts with `start`. */
export async function cardOf(page: Page, start: string): Promise<Locator> {
	const cards = page.getByTestId('statement-card');
	for (let i = 0; i < (await cards.count()); i++) {
		const card = cards.nth(i);
		if ((await card.getByLabel('Quote').inputValue()).startsWith(start)) return card;
	}
	throw new Error(`no statement card quotes "${start}"`);
}

/** A field of a card by its label (exact). */
export const field = (card: Locator, label: string) => card.getByLabel(label, { exact: true });

/** Fills the Ukrainian fields the reader's Ukrainian UI needs (speaker, role, via), then accepts the card. */
export async function acceptWithUkrainian(card: Locator): Promise<void> {
	await field(card, 'Speaker (Ukrainian)').fill('Володимир Зеленський');
	await field(card, 'Role (Ukrainian)').fill('Президент України');
	await field(card, 'Via (Ukrainian)').fill('інтервʼю французьким ЗМІ');
	await card.getByRole('button', { name: 'Accept' }).click();
}
