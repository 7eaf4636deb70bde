// What every scenario script shares, whichever client it drives: reading its environment, and running one scenario
// so that its result is one JSON document on stdout and any failure a message on stderr and exit code 1.

export function env(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') {
    if (fallback !== undefined) {
      return fallback;
    }
    throw new Error(`environment variable ${name} is not set`);
  }
  return value;
}

/** Runs a scenario: its result goes to stdout as one JSON document; any failure to stderr and exit code 1. */
export function run(scenario) {
  let settled = false;
  process.on('exit', () => {
    if (!settled) {
      // Node exits with 0 when nothing is left to wait for, even if the scenario's promise never settled.
      process.stderr.write('the scenario ended without a result: a promise never settled\n');
      process.exitCode = 1;
    }
  });
  scenario()
    .finally(() => {
      settled = true;
    })
    .then((result) => {
      process.stdout.write(JSON.stringify(result) + '\n');
    })
    .catch((err) => {
      process.stderr.write(`${err?.name ?? 'Error'}: ${err?.message ?? err}\n`);
      if (err?.stack) {
        process.stderr.write(err.stack + '\n');
      }
      process.exitCode = 1;
    });
}
