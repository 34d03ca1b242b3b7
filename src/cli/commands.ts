// The commands' code, bundled apart from dist/cli.js so that --help and --version read and compile only the small entry.
export { check } from './check';
export { runReport } from './report';
