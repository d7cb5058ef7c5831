#ifndef CEDITLINE_H
#define CEDITLINE_H

// libedit for Swift: non-variadic wrappers, and what must run in C. See README.md.
//
// libedit's el_set, el_get and history are C variadic functions that Swift cannot call, and
// Swift 6 refuses to touch C's stdin/stdout/stderr globals, so both live here, as do the signal
// handlers, the read function that acts on them, and the Ctrl-R history search. Swift calls the
// rest (el_line, el_insertstr, el_deletestr, the CC_* codes) through histedit.h.

#include <histedit.h>

/// An editor bound to stdin, stdout and stderr, with its own history and prompt buffer.
typedef struct CEditLine CEditLine;

/// A key function registered with `CEditLine_addFunction`; returns one of libedit's CC_* codes.
typedef unsigned char (*CEditLine_Function)(EditLine *editLine, int key);

/// Sets LC_CTYPE from the environment and, when its codeset is not UTF-8 (as in CI, where LANG
/// is unset), to C.UTF-8: in the C locale libedit silently drops multibyte input.
/// Returns 1 when the codeset is UTF-8 afterwards.
int CEditLine_prepareLocale(void);

/// Creates an emacs-mode editor on stdin/stdout/stderr with a history of at most `historySize`
/// entries (consecutive duplicates dropped) and Ctrl-R bound to a history search that works
/// with Japanese. Calls `CEditLine_prepareLocale`. NULL on failure.
CEditLine *CEditLine_create(const char *program, int historySize);
void CEditLine_destroy(CEditLine *editor);

/// Copies `prompt` into the editor's own buffer. `\1` marks the start and end of invisible
/// escape sequences (EL_PROMPT_ESC). Returns 0, or -1 when out of memory (the old prompt stays).
int CEditLine_setPrompt(CEditLine *editor, const char *prompt);

/// Reads a line with editing (el_gets). While it waits for keys: Ctrl-C ends the read, NULL
/// with `*count` -1 and errno EINTR (after `CEditLine_catchInterrupts`); a resize is followed
/// and the line drawn again; Ctrl-Z stops the process with the terminal in its normal mode;
/// SIGTERM, SIGHUP and SIGQUIT (when at their default) restore the terminal before ending it.
/// Ctrl-D on an empty line: NULL with `*count` 0.
const char *CEditLine_gets(CEditLine *editor, int *count);

/// The line being edited, valid until the next editing call.
const LineInfo *CEditLine_line(CEditLine *editor);

/// An opaque pointer for key functions to find the caller's state (kept in EL_CLIENTDATA).
void CEditLine_setContext(CEditLine *editor, void *context);
/// The pointer given to `CEditLine_setContext`, from inside a key function.
void *CEditLine_context(EditLine *editLine);

/// Registers `function` under `name` (EL_ADDFN), then binds `key` (such as "^I") to it.
/// Registering first matters: binding an unknown name can corrupt libedit's heap.
int CEditLine_addFunction(CEditLine *editor, const char *name, const char *help,
                          CEditLine_Function function, const char *key);

/// The row, counted from the prompt's first, on which libedit draws the cursor (`isEnd` 0) or
/// the end of the line (1), at the terminal width libedit works with (for use in key functions).
int CEditLine_row(EditLine *editLine, int isEnd);

/// Writes `text` to the editor's output stream and flushes it (for use inside key functions).
void CEditLine_write(EditLine *editLine, const char *text);
/// Writes `text` to stdout and flushes it.
void CEditLine_writeStandardOutput(const char *text);

/// The editor's history: libedit's in-memory list that Up, Down and Ctrl-R search.
History *CEditLine_history(CEditLine *editor);
/// A history outside any editor; `isUnique` drops consecutive duplicates.
History *CEditLine_historyCreate(int size, int isUnique);
void CEditLine_historyDestroy(History *list);
int CEditLine_historyEnter(History *list, const char *line);
/// libedit's own file reading and writing (H_LOAD, H_SAVE). The editor keeps its file with
/// locking and merging in Swift; these let tests check that both agree on the format.
int CEditLine_historyLoad(History *list, const char *path);
int CEditLine_historySave(History *list, const char *path);

/// Installs a SIGINT handler (sigaction, SA_RESTART) that sets a flag; idempotent.
/// Returns 0, or -1 with errno set.
int CEditLine_catchInterrupts(void);
/// Restores the SIGINT disposition found by `CEditLine_catchInterrupts`.
void CEditLine_releaseInterrupts(void);
/// 1 once SIGINT arrived since the last reset; async-signal-safe (a volatile sig_atomic_t).
int CEditLine_isInterruptRequested(void);
void CEditLine_resetInterrupt(void);

/// Installs handlers for SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE and SIGABRT (a Swift trap
/// is SIGILL on x86_64, SIGTRAP on arm64) that put the terminal back in its normal mode, write
/// `message` to stderr (its one `%d` replaced by the signal's number), and end the process by
/// the signal. They replace the Swift runtime's backtracer, whose interactive prompt would
/// otherwise wait at the user's terminal. Call it again to change the message. Returns 0, or -1.
int CEditLine_catchCrashes(const char *message);

/// The column count of the terminal on `fileDescriptor` (TIOCGWINSZ), or 0 when unknown.
int CEditLine_terminalColumns(int fileDescriptor);

#endif
