// Casts every cell of a CSV against a Frictionless Table Schema with tableschema-js (the peer in
// bench/bench_check.sh) and prints {"rows", "rowsWithErrors", "errors"} as JSON.
// Usage: node tableschema_check.js FILE SCHEMA.json   (tableschema installed in bench/node_modules)
'use strict';
const fs = require('fs');
const {Table} = require('tableschema');

async function main() {
  const [file, schemaPath] = process.argv.slice(2);
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const table = await Table.load(file, {schema, headers: 1});
  const rows = await table.iter({forceCast: true});
  let count = 0;
  let bad = 0;
  let errors = 0;
  for await (const row of rows) {
    ++count;
    if (row instanceof Error) {
      ++bad;
      errors += row.errors ? row.errors.length : 1;
    }
  }
  console.log(JSON.stringify({rows: count, rowsWithErrors: bad, errors}));
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
