// Coordinator of the side-by-side comparison of ssw and DuckDB (../run.sh
// starts it; see ../README.md).
//
//   node compare.mjs --ssw BIN --data DIR [--rounds 3] [--ssw-par P]
//                    [--summary FILE] [--command TEXT]
//
// (A) End to end: each engine runs as a whole process under /usr/bin/time -v,
//     from the files on disk to the three results (`BIN run -dir DIR`;
//     `node duck.mjs run DIR`). The engines take turns, the order rotating
//     each round. Wall time is taken here, CPU (user + sys) and peak RSS
//     from /usr/bin/time.
// (B) Aggregation stage: each engine loads every file once into memory in a
//     long-lived process (`BIN stage -dir DIR`: the post index and every
//     worker record; `node duck.mjs stage DIR`: tables), then, round after
//     round and taking turns, computes the three results again over what it
//     holds. Each engine times its own stage; the load time is taken here.
//
// Every run of every engine must print the same canonical lines, byte for
// byte, and they must have the canonical shape; otherwise the comparison
// fails (exit status 1) and the differences are shown. Progress goes to
// standard error, the report (Markdown) to standard output.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const duck = join(here, 'duck.mjs');

// ---- arguments -----------------------------------------------------------

const usage =
  'usage: node compare.mjs --ssw BIN --data DIR [--rounds N] [--ssw-par P] [--summary FILE] [--command TEXT]';
const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i];
  const v = process.argv[i + 1];
  if (!k.startsWith('--') || v === undefined || !['ssw', 'data', 'rounds', 'ssw-par', 'summary', 'command'].includes(k.slice(2))) {
    console.error(usage);
    process.exit(2);
  }
  args[k.slice(2)] = v;
}
const rounds = Number(args.rounds ?? 3);
const sswPar = Number(args['ssw-par'] ?? 0);
if (!args.ssw || !args.data || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(sswPar) || sswPar < 0) {
  console.error(usage);
  process.exit(2);
}
const sswBin = resolve(args.ssw);
const data = resolve(args.data);
const params = Object.fromEntries(
  readFileSync(join(data, 'params.txt'), 'utf8').trim().split('\n').map((l) => l.split('=')),
);

// ---- helpers ---------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const mib = (kb) => kb / 1024;
const log = (s) => process.stderr.write(s + '\n');

// parseTime reads the figures of /usr/bin/time -v that the report uses.
function parseTime(stderr) {
  const num = (re) => {
    const m = stderr.match(re);
    return m ? Number(m[1]) : NaN;
  };
  return {
    user: num(/User time \(seconds\): ([\d.]+)/),
    sys: num(/System time \(seconds\): ([\d.]+)/),
    rssKB: num(/Maximum resident set size \(kbytes\): (\d+)/),
  };
}

// The canonical lines: one density line per province, then the communes
// line and the vacancy line; every value with 6 decimals.
const canonical = [
  /^density_per_100k_children \S+ \d+ \d+ \d+\.\d{6}$/,
  /^communes_meeting_norm_2 \S+ \d+ \d+ \d+\.\d{6}$/,
  /^post_vacancy_rate \S+ \d+ \d+ \d+\.\d{6}$/,
];
function shapeProblem(out) {
  if (!out.endsWith('\n')) return 'output does not end in a newline';
  const lines = out.slice(0, -1).split('\n');
  if (lines.length < 3) return `${lines.length} lines, want at least 3`;
  for (let i = 0; i < lines.length; i++) {
    const re = i < lines.length - 2 ? canonical[0] : canonical[3 - (lines.length - i)];
    if (!re.test(lines[i])) return `line ${i + 1} is not canonical: ${JSON.stringify(lines[i])}`;
  }
  return '';
}

let reference = null; // the first output; every other must equal it
const disagreements = [];
function check(what, out) {
  const p = shapeProblem(out);
  if (p) disagreements.push({ what, problem: p, out });
  else if (reference === null) reference = { what, out };
  else if (out !== reference.out) disagreements.push({ what, problem: `differs from ${reference.what}`, out });
}

// ---- (A) end to end --------------------------------------------------------

const e2eEngines = [
  { name: 'ssw', cmd: [sswBin, 'run', '-dir', data] },
  { name: 'DuckDB', cmd: [process.execPath, duck, 'run', data] },
];
if (sswPar > 0) e2eEngines.push({ name: `ssw -par ${sswPar}`, cmd: [sswBin, 'run', '-dir', data, '-par', String(sswPar)] });

function runProcess(e) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const p = spawn('/usr/bin/time', ['-v', ...e.cmd], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const wall = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${e.name} exited with status ${code}:\n${err.slice(-3000)}`));
      const t = parseTime(err);
      const own = err.split('\n').filter((l) => /^(ssw|duckdb) run:/.test(l)).join(' ');
      // The engine's own clock, from the start of its work to the results:
      // no process start, no loading of the program or library.
      const ownS = Number(own.match(/total ([\d.]+) ms/)?.[1]) / 1000;
      resolvePromise({ wall, ownS, cpu: t.user + t.sys, rssKB: t.rssKB, out, own });
    });
  });
}

// ---- (B) aggregation stage -------------------------------------------------

// longLived starts an engine that reads commands on standard input; its
// output lines are handed out by waitFor.
function longLived(name, cmd) {
  const p = spawn('/usr/bin/time', ['-v', ...cmd], { stdio: ['pipe', 'pipe', 'pipe'] });
  const st = { name, p, lines: [], waiters: [], err: '', exited: null };
  let buf = '';
  p.stdout.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      st.lines.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
    pump(st);
  });
  p.stderr.on('data', (d) => (st.err += d));
  p.stdin.on('error', () => {}); // an engine that died is reported through its exit
  st.done = new Promise((resolvePromise) =>
    p.on('close', (code) => {
      st.exited = code;
      pump(st);
      resolvePromise(code);
    }),
  );
  return st;
}
function pump(st) {
  while (st.waiters.length) {
    const w = st.waiters[0];
    const k = st.lines.findIndex(w.pred);
    if (k < 0) {
      if (st.exited === null) return;
      st.waiters.shift().reject(new Error(`${st.name} exited with status ${st.exited}:\n${st.err.slice(-3000)}`));
      continue;
    }
    st.waiters.shift().resolve(st.lines.splice(0, k + 1));
  }
}
const waitFor = (st, pred) =>
  new Promise((resolvePromise, reject) => {
    st.waiters.push({ pred, resolve: resolvePromise, reject });
    pump(st);
  });

// once asks for one round and returns the engine's lines and its STAGE figures.
async function once(st) {
  st.p.stdin.write('run\n');
  const got = await waitFor(st, (l) => l.startsWith('STAGE '));
  const fields = Object.fromEntries(
    got
      .pop()
      .slice('STAGE '.length)
      .split(' ')
      .map((kv) => kv.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );
  return { ms: fields.total_ms, detail: fields, out: got.join('\n') + '\n' };
}

const stageEngines = [
  { name: 'ssw', cmd: [sswBin, 'stage', '-dir', data] },
  { name: 'DuckDB', cmd: [process.execPath, duck, 'stage', data] },
];

// ---- the comparison -----------------------------------------------------------

const live = [];
async function main() {
  const duckVersion = execFileSync(process.execPath, [duck, 'version'], { encoding: 'utf8' }).trim();
  let goVersion = 'an unknown Go version';
  try {
    goVersion = execFileSync('go', ['version', sswBin], { encoding: 'utf8' }).trim().replace(/^.*: /, '');
  } catch {
    // go is not on PATH: the report says so rather than failing
  }
  const workersMB = statSync(join(data, 'workers.jsonl')).size / 1e6;
  const loadStart = loadavg();

  log(`(A) end to end, ${rounds} round(s), engines taking turns (load average ${loadStart})`);
  const e2e = Object.fromEntries(e2eEngines.map((e) => [e.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < e2eEngines.length; i++) {
      const e = e2eEngines[(i + r) % e2eEngines.length];
      const res = await runProcess(e);
      check(`${e.name} end to end, round ${r + 1}`, res.out);
      e2e[e.name].push(res);
      log(
        `A round ${r + 1} ${e.name.padEnd(10)} wall ${res.wall.toFixed(2)} s  CPU ${res.cpu.toFixed(2)} s  peak RSS ${mib(res.rssKB).toFixed(0)} MiB  [load ${loadavg()}]  ${res.own}`,
      );
    }
  }

  log(`(B) aggregation stage over data already in memory, ${rounds} round(s), engines taking turns`);
  const stage = {};
  for (const e of stageEngines) {
    const t0 = performance.now();
    e.st = longLived(e.name, e.cmd);
    live.push(e.st);
    await waitFor(e.st, (l) => l === 'READY');
    stage[e.name] = { loadS: (performance.now() - t0) / 1000, runs: [] };
    log(`B load ${e.name.padEnd(10)} ${stage[e.name].loadS.toFixed(2)} s  [load ${loadavg()}]`);
  }
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < stageEngines.length; i++) {
      const e = stageEngines[(i + r) % stageEngines.length];
      const res = await once(e.st);
      check(`${e.name} stage, round ${r + 1}`, res.out);
      stage[e.name].runs.push(res);
      const d = res.detail;
      const split = 'index_ms' in d ? `  (post index ${d.index_ms} ms, count ${d.count_ms} ms, evaluate ${d.eval_ms} ms)` : '';
      log(`B round ${r + 1} ${e.name.padEnd(10)} ${res.ms.toFixed(1)} ms${split}  [load ${loadavg()}]`);
    }
  }
  for (const e of stageEngines) {
    e.st.p.stdin.end();
    const code = await e.st.done;
    if (code !== 0) throw new Error(`${e.name} stage exited with status ${code}:\n${e.st.err.slice(-3000)}`);
    stage[e.name].rssKB = parseTime(e.st.err).rssKB;
  }
  const loadEnd = loadavg();

  // ---- report ----
  const A = (name, f) => e2e[name].map(f);
  const aWall = (n) => median(A(n, (x) => x.wall));
  const aOwn = (n) => median(A(n, (x) => x.ownS));
  const aCPU = (n) => median(A(n, (x) => x.cpu));
  const aRSS = (n) => Math.max(...A(n, (x) => mib(x.rssKB)));
  const bMs = (n) => median(stage[n].runs.map((x) => x.ms));
  const range = (xs, digits) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
  const out = [];
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  out.push(
    `${Number(params.worker_records).toLocaleString('en')} worker records (${Number(params.workers_in_post).toLocaleString('en')} in post; ${workersMB.toFixed(0)} MB of JSON Lines), ` +
      `${Number(params.posts).toLocaleString('en')} posts, ${Number(params.areas).toLocaleString('en')} areas, as of ${params.as_of}, seed ${params.seed}; ` +
      `${rounds} round(s), medians; ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `ssw built with ${goVersion}; ${duckVersion}, Node ${process.version}; load average ${loadStart} at the start, ${loadEnd} at the end.`,
  );
  if (args.command) out.push('', `Reproduce: \`${args.command}\``);
  out.push(
    '',
    '| engine | end to end: wall s (min–max) | own clock s | CPU s | peak RSS MiB | stage: ms (min–max) | load s | peak RSS MiB |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const e of e2eEngines) {
    const walls = A(e.name, (x) => x.wall);
    let b = '– | – | –';
    if (stage[e.name]) {
      const ms = stage[e.name].runs.map((x) => x.ms);
      b = `${bMs(e.name).toFixed(1)} (${range(ms, 1)}) | ${stage[e.name].loadS.toFixed(2)} | ${mib(stage[e.name].rssKB).toFixed(0)}`;
    }
    out.push(`| ${e.name} | ${aWall(e.name).toFixed(2)} (${range(walls, 2)}) | ${aOwn(e.name).toFixed(2)} | ${aCPU(e.name).toFixed(2)} | ${aRSS(e.name).toFixed(0)} | ${b} |`);
  }
  const ratio = (d, s) => `${(d / s).toFixed(2)}×`;
  out.push(
    `| DuckDB ÷ ssw | ${ratio(aWall('DuckDB'), aWall('ssw'))} | ${ratio(aOwn('DuckDB'), aOwn('ssw'))} | ${ratio(aCPU('DuckDB'), aCPU('ssw'))} | ${ratio(aRSS('DuckDB'), aRSS('ssw'))} | ` +
      `${ratio(bMs('DuckDB'), bMs('ssw'))} | ${ratio(stage.DuckDB.loadS, stage.ssw.loadS)} | ${ratio(stage.DuckDB.rssKB, stage.ssw.rssKB)} |`,
  );
  const split = stage.ssw.runs.map((x) => x.detail);
  const med = (k) => median(split.map((d) => d[k])).toFixed(1);
  const perRound = median(e2e.ssw.map((x, i) => e2e.DuckDB[i].wall / x.wall));
  out.push(
    '',
    `A ratio above 1 means ssw took less (time, memory). End to end, the median of the per-round DuckDB ÷ ssw wall ratios is ${perRound.toFixed(2)}. ` +
      `"Own clock" is the engine's own timer, from the start of its work to the results: DuckDB's leaves out starting Node and loading the DuckDB library, ssw's leaves out starting the process. ` +
      `ssw's stage (median ms): post index ${med('index_ms')}, count ${med('count_ms')}, evaluate ${med('eval_ms')}. ` +
      `Peak RSS end to end is the largest of the rounds; the stage's is the long-lived process's over its whole life, load included.`,
  );
  const agree = disagreements.length === 0;
  if (agree) {
    const n = reference.out.trim().split('\n').length;
    const runs = Object.values(e2e).reduce((s, v) => s + v.length, 0) + Object.values(stage).reduce((s, v) => s + v.runs.length, 0);
    out.push('', `Results agree: all ${runs} runs printed the same ${n} lines, byte for byte.`);
  } else {
    out.push('', 'RESULTS DISAGREE:');
    const ref = reference ? reference.out.split('\n') : [];
    for (const d of disagreements) {
      out.push(`- ${d.what}: ${d.problem}`);
      const got = d.out.split('\n');
      for (let i = 0; reference && i < Math.max(ref.length, got.length); i++) {
        if (ref[i] !== got[i]) out.push(`  - line ${i + 1}: ${JSON.stringify(got[i])}; ${reference.what} printed ${JSON.stringify(ref[i])}`);
      }
    }
  }
  process.stdout.write(out.join('\n') + '\n');

  if (args.summary) {
    const perEngine = (f) => Object.fromEntries(Object.keys(e2e).map((k) => [k, f(k)]));
    const perStage = (f) => Object.fromEntries(Object.keys(stage).map((k) => [k, f(k)]));
    const summary = {
      workers_in_post: Number(params.workers_in_post),
      worker_records: Number(params.worker_records),
      posts: Number(params.posts),
      areas: Number(params.areas),
      seed: Number(params.seed),
      workers_mb: workersMB,
      rounds,
      agree,
      machine: { cores: cpus().length, cpu, memory_gib: totalmem() / 2 ** 30, load_start: loadStart, load_end: loadEnd },
      versions: { ssw_go: goVersion, duckdb: duckVersion, node: process.version },
      command: args.command ?? null,
      e2e_wall_s: perEngine(aWall),
      e2e_own_clock_s: perEngine(aOwn),
      e2e_cpu_s: perEngine(aCPU),
      e2e_rss_mib: perEngine(aRSS),
      e2e_rounds: perEngine((k) => e2e[k].map(({ wall, ownS, cpu: c, rssKB }) => ({ wall_s: wall, own_clock_s: ownS, cpu_s: c, rss_mib: mib(rssKB) }))),
      stage_ms: perStage(bMs),
      stage_rounds_ms: perStage((k) => stage[k].runs.map((x) => x.ms)),
      stage_load_s: perStage((k) => stage[k].loadS),
      stage_rss_mib: perStage((k) => mib(stage[k].rssKB)),
      ssw_stage_split_ms: { index: Number(med('index_ms')), count: Number(med('count_ms')), evaluate: Number(med('eval_ms')) },
      e2e_ratio_duckdb_over_ssw: aWall('DuckDB') / aWall('ssw'),
      stage_ratio_duckdb_over_ssw: bMs('DuckDB') / bMs('ssw'),
      results: reference ? reference.out : null,
    };
    writeFileSync(args.summary, JSON.stringify(summary, null, 1) + '\n');
  }
  return agree;
}

try {
  process.exit((await main()) ? 0 : 1);
} catch (err) {
  console.error(`compare.mjs: ${err.message}`);
  for (const st of live) st.p.stdin.end();
  process.exit(1);
}
