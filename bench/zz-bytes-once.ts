import { launchBrowser } from './browser';
import { measureBytes } from './bytes';
import { startServer } from './server';
const server = await startServer(process.argv[2]!, process.argv[2]!);
const browser = await launchBrowser();
for (const m of await measureBytes(browser, server)) console.log(m.id, m.value, m.unit, m.id === 'bytes.app-js' ? JSON.stringify(m.raw) : '');
await browser.close();
await server.close();
