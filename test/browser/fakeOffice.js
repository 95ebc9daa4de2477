/*
 * A stand-in for office.js in the browser tests that pretend to be inside Excel: just
 * enough of Office.onReady, Office.context and Excel.run for the task pane's Excel actions
 * (insert formula, insert template, check cells), over a workbook kept in
 * window.__fakeWorkbook. It computes nothing: a cell's value is what the test put there.
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 */
(function () {
  'use strict';
  var config = window.__fakeOfficeConfig || {};
  var book = (window.__fakeWorkbook = {
    sheets: config.sheets || { Sheet1: {} },
    order: Object.keys(config.sheets || { Sheet1: {} }),
    selection: config.selection || { sheet: 'Sheet1', address: 'A1' },
    log: [],
  });

  function colNumber(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) n = n * 26 + s.charCodeAt(i) - 64;
    return n;
  }
  function colLetters(n) {
    var s = '';
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function bounds(address) {
    var m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.toUpperCase());
    if (!m) return null;
    var c1 = colNumber(m[1]), r1 = +m[2], c2 = m[3] ? colNumber(m[3]) : c1, r2 = m[4] ? +m[4] : r1;
    return { row: r1 - 1, col: c1 - 1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
  function cellOf(sheet, addr, create) {
    var s = book.sheets[sheet];
    if (!s) throw new Error('no sheet ' + sheet);
    if (!s[addr] && create) s[addr] = {};
    return s[addr] || {};
  }
  function each(b, f) {
    var out = [];
    for (var r = 0; r < b.rows; r++) {
      var row = [];
      for (var c = 0; c < b.cols; c++) row.push(f(colLetters(b.col + c + 1) + (b.row + r + 1), r, c));
      out.push(row);
    }
    return out;
  }

  function makeRange(sheet, address) {
    var b = bounds(address);
    var range = {
      load: function () {
        if (!b) return range;
        range.address = sheet + '!' + address;
        range.rowIndex = b.row;
        range.columnIndex = b.col;
        range.rowCount = b.rows;
        range.columnCount = b.cols;
        range.isNullObject = false;
        range.values = each(b, function (a) {
          var c = cellOf(sheet, a);
          return c.value === undefined ? '' : c.value;
        });
        range.formulas = each(b, function (a) {
          var c = cellOf(sheet, a);
          return c.formula || (c.value === undefined ? '' : c.value);
        });
        range.valueTypes = each(b, function (a) {
          var c = cellOf(sheet, a);
          if (c.type) return c.type;
          if (c.value === undefined || c.value === '') return 'Empty';
          return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
        });
        return range;
      },
      format: {
        fill: {
          load: function () {
            range.format.fill._color = b ? cellOf(sheet, colLetters(b.col + 1) + (b.row + 1)).fill || '#FFFFFF' : '#FFFFFF';
          },
          clear: function () {
            if (b) each(b, function (a) { delete cellOf(sheet, a, true).fill; });
          },
        },
        font: {},
        borders: { getItem: function () { return {}; } },
        protection: {},
      },
      dataValidation: {},
      merge: function () { book.log.push('merge ' + sheet + '!' + address); },
      select: function () { book.selection = { sheet: sheet, address: address }; },
      getCell: function (r, c) { return makeRange(sheet, colLetters(b.col + c + 1) + (b.row + r + 1)); },
      getIntersectionOrNullObject: function () { return range; },
      worksheet: null,
    };
    Object.defineProperty(range.format.fill, 'color', {
      get: function () { return range.format.fill._color; },
      set: function (v) { if (b) each(b, function (a) { cellOf(sheet, a, true).fill = v; }); },
    });
    ['values', 'formulas'].forEach(function (prop) {
      var loaded;
      Object.defineProperty(range, prop, {
        get: function () { return loaded; },
        set: function (v) {
          loaded = v;
          if (!b || range._loading) return;
          each(b, function (a, r, c) {
            var cell = cellOf(sheet, a, true);
            if (prop === 'formulas' && typeof v[r][c] === 'string' && v[r][c].charAt(0) === '=') {
              cell.formula = v[r][c];
              book.log.push('formula ' + sheet + '!' + a + ' ' + v[r][c]);
            } else cell.value = v[r][c];
          });
        },
      });
    });
    var rawLoad = range.load;
    range.load = function () {
      range._loading = true;
      try { return rawLoad(); } finally { range._loading = false; }
    };
    range.worksheet = makeSheet(sheet);
    return range;
  }

  function makeSheet(name) {
    return {
      name: name,
      load: function () {},
      getRange: function (a) { return makeRange(name, a); },
      getUsedRange: function () { return makeRange(name, 'A1'); },
      activate: function () { book.active = name; },
      freezePanes: { freezeAt: function () {}, freezeRows: function () {}, freezeColumns: function () {} },
      notes: { add: function () {} },
    };
  }

  var worksheets = {
    items: [],
    load: function () {
      worksheets.items = book.order.map(makeSheet);
    },
    add: function (name) {
      if (book.sheets[name]) throw new Error('sheet exists: ' + name);
      book.sheets[name] = {};
      book.order.push(name);
      book.log.push('add ' + name);
      return makeSheet(name);
    },
    getItem: function (name) { return makeSheet(name); },
  };

  var context = {
    workbook: {
      worksheets: worksheets,
      getSelectedRange: function () { return makeRange(book.selection.sheet, book.selection.address); },
    },
    application: { suspendApiCalculationUntilNextSync: function () {} },
    sync: function () { return Promise.resolve(); },
  };

  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: {
      displayLanguage: config.displayLanguage || 'zh-CN',
      requirements: {
        isSetSupported: function (name, version) {
          return name === 'ExcelApi' && +String(version).split('.')[1] <= +(config.maxMinor === undefined ? 18 : config.maxMinor);
        },
      },
    },
    onReady: function (cb) {
      var info = { host: 'Excel', platform: 'PC' };
      return Promise.resolve(info).then(function (i) {
        if (cb) cb(i);
        return i;
      });
    },
  };
  window.Excel = {
    run: function (batch) { return Promise.resolve().then(function () { return batch(context); }); },
  };
})();
