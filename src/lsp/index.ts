/** The compose language server: start it over a connection, or use its parts. */
export { startLanguageServer, type LanguageServerOptions } from './server.js';
export { Workspace, type WorkspaceOptions, type Publish } from './workspace.js';
export { lintProject, type ExtraPass, type LintEnvironment } from './project-linter.js';
export { projectFilesFor, BASE_NAMES, OVERRIDE_NAMES } from './project-files.js';
