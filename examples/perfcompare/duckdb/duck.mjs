// The DuckDB side of the comparison (compare.mjs starts it; see ../README.md).
//
//   node duck.mjs run DIR       files → the three results: posts and areas read
//                               into tables, the workers file scanned by the
//                               query (sql/load-e2e.sql, sql/results.sql);
//                               the canonical lines on standard output
//   node duck.mjs stage DIR     every file loaded into tables (sql/load-stage.sql),
//                               then READY; on each "run" line of standard input
//                               the query of sql/results.sql runs over the
//                               tables and prints the lines and
//                               "STAGE total_ms=…"
//   node duck.mjs version       DuckDB's version and thread count
//
// DuckDB runs with its default settings: in memory, one thread per core.
// Timings of its own go to standard error.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';

const here = dirname(fileURLToPath(import.meta.url));
const [mode, dirArg] = process.argv.slice(2);
if (!['run', 'stage', 'version'].includes(mode) || (mode !== 'version' && !dirArg)) {
  console.error('usage: node duck.mjs run|stage DIR | version');
  process.exit(2);
}

const t0 = performance.now();
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const one = async (q) => (await con.runAndReadAll(q)).getRowsJS()[0][0];

if (mode === 'version') {
  console.log(`DuckDB ${await one('SELECT version()')} (@duckdb/node-api, ${await one("SELECT current_setting('threads')")} threads)`);
  process.exit(0);
}

const dir = resolve(dirArg);
const params = Object.fromEntries(
  readFileSync(join(dir, 'params.txt'), 'utf8').trim().split('\n').map((l) => l.split('=')),
);
if (!/^\d{4}-\d{2}-\d{2}$/.test(params.as_of ?? '')) {
  console.error(`duck.mjs: ${join(dir, 'params.txt')} has no as_of date`);
  process.exit(1);
}
// The folder is spliced into SQL string literals: refuse a quote rather than escape it.
if (dir.includes("'")) {
  console.error(`duck.mjs: the data folder's path must not contain a quote: ${dir}`);
  process.exit(1);
}
const sql = (name) =>
  readFileSync(join(here, 'sql', name), 'utf8').replaceAll('@DIR@', dir).replaceAll('@AS_OF@', params.as_of);

async function results() {
  const reader = await con.runAndReadAll(sql('results.sql'));
  return reader.getRowsJS().map((r) => r[0]).join('\n') + '\n';
}

if (mode === 'run') {
  await con.run(sql('load-e2e.sql'));
  const t1 = performance.now();
  const out = await results();
  const t2 = performance.now();
  process.stdout.write(out);
  console.error(
    `duckdb run: reference ${(t1 - t0).toFixed(0)} ms, query over the workers file ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms`,
  );
} else {
  await con.run(sql('load-stage.sql'));
  const n = await one('SELECT count(*) FROM workers');
  console.error(`duckdb stage: loaded ${n} workers in ${(performance.now() - t0).toFixed(0)} ms`);
  process.stdout.write('READY\n');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    if (line.trim() !== 'run') continue;
    const t1 = performance.now();
    const out = await results();
    const t2 = performance.now();
    process.stdout.write(out + `STAGE total_ms=${(t2 - t1).toFixed(1)}\n`);
  }
}
