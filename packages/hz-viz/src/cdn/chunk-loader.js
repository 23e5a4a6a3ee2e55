/*
 * The drop-in's chunk loader (docs/decisions/0013-lazy-drop-in.md, 0017-autoloaded-drop-in.md).
 * rollup.config.ts wraps the first file of the drop-in (rollup's `amd` output) in this:
 * `(function (graph) { <this> <the first file's hzVizDefine(…)> })(<graph>);`, where `graph`
 * names, for every file in lazy/, the files it imports statically. It is a classic script, so
 * the first file still runs from <script src>, <script type="module">, import '…', and a page opened as a file; it loads the
 * files in lazy/ as classic scripts too, resolved against its own URL, which file:// pages allow
 * and dynamic import() from a file:// page does not.
 *
 * Plain ES2020 that runs as it is written: there is no build step before rollup reads it.
 */
'use strict';

/** The first file's name in the build; lazy files name it when they import from it. */
var entryFile = '__HZ_VIZ_ENTRY_FILE__';
/** A lazy file hands its `hzVizDefine(deps, factory)` to the <script> element that loads it. */
var defineKey = Symbol.for('hz-viz/define');

/**
 * Where this file was loaded from. A classic script knows it (document.currentScript); a
 * module does not (currentScript is null there, and `import.meta` is a syntax error in a classic
 * script), but its stack names it, in every browser's format (`at URL:1:2`, `@URL:1:2`).
 */
function whereThisFileIs() {
  var script = document.currentScript;
  if (script && script.src) return script.src;
  var named = /(?:https?|file):\/\/[^\s()'"]+?(?=:\d+:\d+)/.exec(String(new Error().stack));
  return named ? named[0] : undefined;
}

var here = whereThisFileIs();
var nonce = document.currentScript ? document.currentScript.nonce : '';
var entryUrl = here ? new URL(entryFile, here).href : undefined;
var lazyFolder = here ? new URL('lazy/', here).href : undefined;
var folder = here ? new URL('./', here).href : undefined;
/** Every file of this copy of the drop-in, by URL: its exports once it has run. */
var modules = new Map();
var trustedUrls;

/**
 * Under a Trusted Types CSP (require-trusted-types-for 'script') a script's src must come from a
 * policy. This one lets through only this copy's own lazy files, and is kept in this closure so
 * no other script can use it. A CSP that allows no policy named hz-viz leaves the lazy parts
 * unloaded, and each says so (see where they are loaded).
 */
function scriptUrl(url) {
  var types = globalThis.trustedTypes;
  if (!types || typeof types.createPolicy !== 'function') return url;
  trustedUrls =
    trustedUrls ||
    types.createPolicy('hz-viz', {
      createScriptURL: function (candidate) {
        if (candidate.indexOf(lazyFolder) === 0 && /^[\w.-]+\.js$/.test(candidate.slice(lazyFolder.length))) return candidate;
        throw new TypeError('hz-viz loads only its own lazy files, not ' + candidate);
      },
    });
  return trustedUrls.createScriptURL(url);
}

function load(url) {
  var known = modules.get(url);
  if (known) return known;
  // The files this one imports start downloading now, beside it, not once it has run and named
  // them: an element's file and Lit's chunk arrive in one round trip, not two or three.
  var name = folder && url.indexOf(folder) === 0 ? url.slice(folder.length) : '';
  var imports = Object.prototype.hasOwnProperty.call(graph, name) ? graph[name] : [];
  var loading = new Promise(function (resolve, reject) {
    var script = document.createElement('script');
    script[defineKey] = function (deps, factory) {
      script[defineKey] = undefined;
      resolve(instantiate(url, deps, factory));
    };
    script.onload = function () {
      script.remove();
      if (script[defineKey]) reject(new Error(url + ' is not a file of this hz-viz drop-in'));
    };
    script.onerror = function () {
      script.remove();
      reject(new Error('hz-viz could not load ' + url));
    };
    if (nonce) script.nonce = nonce;
    script.async = true;
    script.src = scriptUrl(url);
    document.head.appendChild(script);
  });
  modules.set(url, loading);
  imports.forEach(function (file) {
    // Each is awaited by the file that imports it; a failure is reported there, not twice here.
    load(new URL(file, folder).href).catch(function () {});
  });
  // A file that failed (offline for a moment) is tried again the next time it is needed.
  loading.catch(function () {
    if (modules.get(url) === loading) modules.delete(url);
  });
  return loading;
}

/** A file's dependency, relative to the file (rollup writes './x.js', '../hz-viz.min.js'). */
function resolveFrom(base, id) {
  if (!here) return Promise.reject(new Error('hz-viz cannot tell where its first file was loaded from, so it cannot load ' + id));
  return load(new URL(id, base).href);
}

/** rollup's `require([id], resolve, reject)` inside a file: ids are relative to that file. */
function requireFrom(base) {
  return function (ids, resolve, reject) {
    Promise.all(
      ids.map(function (id) {
        return resolveFrom(base, id);
      }),
    ).then(function (loaded) {
      resolve.apply(undefined, loaded);
    }, reject);
  };
}

/** rollup writes `hzVizDefine(factory)` for a file that imports and exports nothing. */
function definition(args) {
  return typeof args[0] === 'function' ? { deps: [], factory: args[0] } : { deps: args[0], factory: args[1] };
}

function instantiate(url, deps, factory) {
  var exports = {};
  return Promise.all(
    deps.map(function (dep) {
      if (dep === 'require') return requireFrom(url);
      if (dep === 'exports') return exports;
      if (dep === 'module') return { exports: exports };
      return resolveFrom(url, dep);
    }),
  ).then(function (args) {
    var returned = factory.apply(undefined, args);
    return returned === undefined ? exports : returned;
  });
}

/**
 * The lazy files call the global hzVizDefine; whichever copy of hz-viz installed it, it hands
 * the call to the <script> element that is running, which the copy that loads the file set up.
 */
if (typeof globalThis.hzVizDefine !== 'function') {
  Object.defineProperty(globalThis, 'hzVizDefine', {
    configurable: true,
    writable: true,
    value: function () {
      var script = document.currentScript;
      var receive = script && script[defineKey];
      var defined = definition(arguments);
      if (typeof receive === 'function') receive(defined.deps, defined.factory);
      else console.error('hz-viz: ' + (script ? script.src : 'a lazy file') + ' ran on its own; load hz-viz.min.js and it loads its lazy files itself');
    },
  });
}

/**
 * The lazy files the first file will ask for as soon as it runs (the Huzhou drop-in's dataset):
 * their download starts now, while the browser compiles and runs the first file, not after.
 */
if (here) {
  atOnce.forEach(function (file) {
    load(new URL(file, here).href).catch(function () {});
  });
}

/** Whether this first file is the Huzhou drop-in (src/cdn.ts announces its dataset then). */
// eslint-disable-next-line no-unused-vars
function hzVizFetchesDataset() {
  return atOnce.length > 0;
}

/**
 * The first file itself: everything the first paint needs is in it, so it runs now, before the
 * page goes on parsing (the elements are defined before the parser reaches them).
 */
// eslint-disable-next-line no-unused-vars
function hzVizDefine() {
  var defined = definition(arguments);
  var exports = {};
  var key = entryUrl || 'hz-viz:' + entryFile;
  modules.set(key, Promise.resolve(exports));
  defined.factory.apply(
    undefined,
    defined.deps.map(function (dep) {
      if (dep === 'require') return requireFrom(key);
      if (dep === 'exports') return exports;
      if (dep === 'module') return { exports: exports };
      throw new Error('hz-viz: the first file of the drop-in imports ' + dep + ' (a build error: it must hold all the first paint needs)');
    }),
  );
}
