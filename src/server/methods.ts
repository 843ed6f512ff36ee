// The names the server and its clients share: commands and the packaging-specific requests and notification. No
// imports, so the VS Code client takes these without bundling the server.

/** The `source` of every diagnostic of ours. */
export const SOURCE = 'packaging-planner';
export const ACCEPT_FINDING = 'packagingPlanner.acceptFinding';
export const ANSWER_SIGNALS = 'packagingPlanner.answerSignals';
export const OPEN_RULE_DOC = 'packagingPlanner.openRuleDoc';
/**
 * The ids the server executes when the client runs the user-facing command itself (the VS Code client asks for
 * the reason or the signals, then calls these): a client may not register a command the server also registers.
 */
export const SERVER_ACCEPT_FINDING = 'packagingPlanner.server.acceptFinding';
export const SERVER_ANSWER_SIGNALS = 'packagingPlanner.server.answerSignals';
export const MATRIX_REQUEST = 'packagingPlanner/matrix';
export const MOVE_REQUEST = 'packagingPlanner/move';
/** Any matrix intent (move, classify, accept suggestions, set a limit) as edits against a document version. */
export const MATRIX_EDIT_REQUEST = 'packagingPlanner/matrixEdit';
/** What accepting suggestions would write (rows, new recommendations, findings added/removed), nothing written. */
export const SUGGESTION_PREVIEW_REQUEST = 'packagingPlanner/suggestionPreview';
/** The feature whose item holds a position (the matrix follows the text cursor). */
export const FEATURE_AT_REQUEST = 'packagingPlanner/featureAt';
/** Where a feature's id or placement is written (reveal from the matrix or a lens). */
export const FEATURE_RANGE_REQUEST = 'packagingPlanner/featureRange';
/** Checks a text that is not open (a workspace file read from disk, "Check All"). */
export const CHECK_TEXT_REQUEST = 'packagingPlanner/checkText';
/** Rule ids with their descriptions, and the signals with what each means (for a client's pickers). */
export const VOCABULARY_REQUEST = 'packagingPlanner/vocabulary';
/** The diagnostics of an open document's current version, on demand. */
export const DOCUMENT_DIAGNOSTICS_REQUEST = 'packagingPlanner/documentDiagnostics';
/**
 * With `initializationOptions.diagnostics: 'notification'`, diagnostics come as this notification with the
 * document version they are for (the VS Code client decides where they show: tabs, workspace files).
 */
export const DIAGNOSTICS_NOTIFICATION = 'packagingPlanner/diagnostics';
/** The server's memory after a collection; registered only under PACKAGING_PLANNER_DEBUG_MEMORY=1 (tests). */
export const DEBUG_MEMORY_REQUEST = 'packagingPlanner/debug/memory';
/** Commands the VS Code client runs itself (clientCommands); a lens or an action names them. */
export const OPEN_MATRIX = 'packagingPlanner.openMatrix';
export const REVEAL_FEATURE = 'packagingPlanner.revealFeature';
