#!/usr/bin/env node
'use strict';
// The CLI runs from the compiled build (npm ci runs `prepare`, which compiles it).
const { main } = require('../build/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
