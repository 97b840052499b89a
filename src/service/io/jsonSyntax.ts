// The JSON syntax scanner is pure and shared by every JSON input; it lives with the scenario parser.
export { findJsonError, parseJson, type JsonSyntaxError } from '../../model/scenario/jsonSyntax.ts';
