// Shared with the simulation service, which checks uploaded scenario files; lives in src/service/io.
export { findJsonError, parseJson, type JsonSyntaxError } from '../service/io/jsonSyntax.ts';
