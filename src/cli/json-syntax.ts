// Shared with the simulation service and the app, which check uploaded files; lives in src/model/scenario.
export { findJsonError, parseJson, type JsonSyntaxError } from '../model/scenario/jsonSyntax.ts';
