// ppoll and pthread_sigmask.
#define _GNU_SOURCE

#include "CEditLine.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

struct CEditLine {
  EditLine *editLine;
  History *history;
  char *prompt;
  void *context;
  int input;
  /// The terminal opened again, non-blocking, for reading keys (see readCharacter); `input`
  /// when it could not be opened.
  int keys;
  /// The caller's signal mask, restored while waiting for a key (see readCharacter).
  sigset_t waitingMask;
  /// The history search (see searchHistory), while it runs.
  int isSearching;
  wchar_t searchKey;
  wchar_t pattern[128];
  size_t patternLength;
  int matchIndex;
  int isSearchFailing;
  char *searchPrompt;
  wchar_t *originalLine;
  int originalCursor;
};

static int isUTF8Codeset(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int CEditLine_prepareLocale(void) {
  // Only LC_CTYPE: libedit needs nothing else, and LC_NUMERIC would put decimal commas into
  // C's printf under some locales.
  setlocale(LC_CTYPE, "");
  if (!isUTF8Codeset()) {
    setlocale(LC_CTYPE, "C.UTF-8");
  }
  return isUTF8Codeset();
}

static CEditLine *editorOf(EditLine *editLine) {
  void *editor = NULL;
  el_get(editLine, EL_CLIENTDATA, &editor);
  return editor;
}

/// The prompt shown now: the caller's, or the history search's while it runs.
static char *activePrompt(CEditLine *editor) {
  return editor->isSearching && editor->searchPrompt != NULL ? editor->searchPrompt
                                                             : editor->prompt;
}

// MARK: - Signals
//
// Handlers only set flags (and pass a signal that landed on another thread to the reading one).
// While el_gets runs, the signals are blocked except inside readCharacter's ppoll, so their
// effects happen between keys: nothing interrupts libedit while it draws.

static volatile sig_atomic_t interruptRequested = 0;
static volatile sig_atomic_t resizeRequested = 0;
static volatile sig_atomic_t suspendRequested = 0;
static volatile sig_atomic_t isReading = 0;
static pthread_t readingThread;
/// The terminal's mode before el_gets, restored by a signal that ends the process.
static struct termios normalMode;

static int isCatchingInterrupts = 0;
static struct sigaction previousInterruptAction;

/// Signals handled while el_gets runs, and what they found before.
static const int readingSignals[] = {SIGWINCH, SIGTSTP, SIGTERM, SIGHUP, SIGQUIT};
#define SIGNAL_COUNT (sizeof readingSignals / sizeof readingSignals[0])
static struct sigaction previousActions[SIGNAL_COUNT];
static int isWatched[SIGNAL_COUNT];

static void passToReader(int signal) {
  if (isReading && !pthread_equal(pthread_self(), readingThread)) {
    pthread_kill(readingThread, signal);
  }
}

static void noteInterrupt(int signal) {
  interruptRequested = 1;
  passToReader(signal);
}

static void noteResize(int signal) {
  resizeRequested = 1;
  passToReader(signal);
}

static void noteSuspend(int signal) {
  suspendRequested = 1;
  passToReader(signal);
}

/// For a signal that ends the process: leave the terminal as it was, then end by the signal.
static void restoreTerminalAndEnd(int signal) {
  tcsetattr(STDIN_FILENO, TCSANOW, &normalMode);
  struct sigaction defaultAction;
  memset(&defaultAction, 0, sizeof defaultAction);
  defaultAction.sa_handler = SIG_DFL;
  sigemptyset(&defaultAction.sa_mask);
  sigaction(signal, &defaultAction, NULL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal);
  raise(signal);
  pthread_sigmask(SIG_UNBLOCK, &only, NULL);
}

/// Installs the handlers for `readingSignals`, keeping what they replace. A handler someone
/// else installed (such as Swift's backtracer for SIGQUIT) or SIG_IGN stays in charge, except for
/// SIGWINCH, whose default is to do nothing.
static void watchSignals(void) {
  for (size_t index = 0; index < SIGNAL_COUNT; index++) {
    int signal = readingSignals[index];
    isWatched[index] = 0;
    if (sigaction(signal, NULL, &previousActions[index]) != 0) {
      continue;
    }
    int isDefault = (previousActions[index].sa_flags & SA_SIGINFO) == 0
                    && previousActions[index].sa_handler == SIG_DFL;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (signal == SIGWINCH) {
      action.sa_handler = noteResize;
    } else if (!isDefault) {
      continue;
    } else if (signal == SIGTSTP) {
      action.sa_handler = noteSuspend;
    } else {
      action.sa_handler = restoreTerminalAndEnd;
    }
    isWatched[index] = sigaction(signal, &action, NULL) == 0;
  }
}

static void unwatchSignals(void) {
  for (size_t index = 0; index < SIGNAL_COUNT; index++) {
    if (isWatched[index]) {
      sigaction(readingSignals[index], &previousActions[index], NULL);
      isWatched[index] = 0;
    }
  }
}

// MARK: - Layout

static int columnsOf(EditLine *editLine) {
  int columns = 0;
  el_get(editLine, EL_GETTC, "co", &columns);
  return columns > 1 ? columns : 80;
}

static int rowsOf(EditLine *editLine) {
  int rows = 0;
  el_get(editLine, EL_GETTC, "li", &rows);
  return rows;
}

/// Moves (row, column) past a character `width` columns wide as libedit's refresh does: a
/// character that does not fit moves to the next row, a full row moves on to the next one.
static void advance(int *row, int *column, int width, int columns) {
  if (width < 0) {
    width = 0;
  }
  if (*column + width > columns) {
    (*row)++;
    *column = 0;
  }
  *column += width;
  if (*column >= columns) {
    (*row)++;
    *column = 0;
  }
}

/// The row, counted from the prompt's first, of the cursor (or of the line's end) when libedit
/// draws the prompt and the line on a terminal `columns` wide.
static int rowOf(CEditLine *editor, int columns, int isEnd) {
  int row = 0;
  int column = 0;
  mbstate_t state;
  memset(&state, 0, sizeof state);
  const char *prompt = activePrompt(editor) != NULL ? activePrompt(editor) : "";
  int isInvisible = 0;
  while (*prompt != '\0') {
    wchar_t character;
    size_t length = mbrtowc(&character, prompt, strlen(prompt), &state);
    if (length == 0 || length >= (size_t)-2) {
      break;
    }
    prompt += length;
    if (character == L'\1') {
      isInvisible = !isInvisible;
    } else if (!isInvisible) {
      advance(&row, &column, wcwidth(character), columns);
    }
  }
  const LineInfoW *line = el_wline(editor->editLine);
  const wchar_t *end = isEnd ? line->lastchar : line->cursor;
  for (const wchar_t *character = line->buffer; character < end; character++) {
    advance(&row, &column, wcwidth(*character), columns);
  }
  return row;
}

int CEditLine_row(EditLine *editLine, int isEnd) {
  CEditLine *editor = editorOf(editLine);
  return editor != NULL ? rowOf(editor, columnsOf(editLine), isEnd) : 0;
}

/// Passes a new terminal size to libedit and draws the line again.
///
/// el_resize keeps libedit's idea of where the cursor is from the old size, and the next
/// character typed at the end of the line is written through it: past the new display buffers
/// when the terminal got narrower or shorter (a heap overflow in libedit 3.1-20221030, the same
/// with EL_SIGNAL). EL_REFRESH forgets it, takes the cursor to be where the prompt starts, and
/// draws the line. So the cursor goes there first: terminals that rewrap lines on a resize have
/// the prompt newRow rows up, others oldRow; going up the smaller never overwrites earlier output.
static void followResize(CEditLine *editor) {
  EditLine *editLine = editor->editLine;
  int oldColumns = columnsOf(editLine);
  int oldLines = rowsOf(editLine);
  int oldRow = rowOf(editor, oldColumns, 0);
  el_resize(editLine);
  int newColumns = columnsOf(editLine);
  if (newColumns == oldColumns && rowsOf(editLine) == oldLines) {
    return;
  }
  int newRow = rowOf(editor, newColumns, 0);
  CEditLine_write(editLine, "\r");
  for (int row = 0; row < (oldRow < newRow ? oldRow : newRow); row++) {
    el_set(editLine, EL_ECHOTC, "-s", "up", NULL);
  }
  el_set(editLine, EL_ECHOTC, "-s", "cd", NULL);
  el_set(editLine, EL_REFRESH);
}

/// Ctrl-Z: stop with the terminal in its normal mode, and draw the line again on return.
static void suspend(EditLine *editLine) {
  suspendRequested = 0;
  el_set(editLine, EL_PREP_TERM, 0);
  struct sigaction defaultAction;
  struct sigaction handler;
  memset(&defaultAction, 0, sizeof defaultAction);
  defaultAction.sa_handler = SIG_DFL;
  sigemptyset(&defaultAction.sa_mask);
  sigaction(SIGTSTP, &defaultAction, &handler);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, SIGTSTP);
  raise(SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &only, NULL);  // stops here until SIGCONT
  pthread_sigmask(SIG_BLOCK, &only, NULL);
  sigaction(SIGTSTP, &handler, NULL);
  el_set(editLine, EL_PREP_TERM, 1);
  // The size may have changed meanwhile; EL_REFRESH drops the old cursor position (see
  // followResize) and draws the line on the row the shell left the cursor on.
  el_resize(editLine);
  el_set(editLine, EL_REFRESH);
}

// MARK: - History search

/// Ctrl-R, the key bound to searchHistory.
#define SEARCH_KEY L'\x12'

static void stopSearch(CEditLine *editor) {
  editor->isSearching = 0;
  free(editor->originalLine);
  editor->originalLine = NULL;
}

/// Shows the search in the prompt, as bash does: (reverse-i-search)`会津': .
static void updateSearchPrompt(CEditLine *editor) {
  char pattern[sizeof editor->pattern / sizeof editor->pattern[0] * MB_LEN_MAX + 1];
  wchar_t wide[sizeof editor->pattern / sizeof editor->pattern[0] + 1];
  wmemcpy(wide, editor->pattern, editor->patternLength);
  wide[editor->patternLength] = L'\0';
  if (wcstombs(pattern, wide, sizeof pattern) == (size_t)-1) {
    pattern[0] = '\0';
  }
  const char *format = editor->isSearchFailing ? "(failed reverse-i-search)`%s': "
                                               : "(reverse-i-search)`%s': ";
  size_t size = strlen(format) + strlen(pattern) + 1;
  char *prompt = malloc(size);
  if (prompt != NULL) {
    snprintf(prompt, size, format, pattern);
    free(editor->searchPrompt);
    editor->searchPrompt = prompt;
  }
}

/// Replaces the line with `text`, the cursor `cursor` characters from its start.
static void replaceLine(EditLine *editLine, const wchar_t *text, int cursor) {
  const LineInfoW *line = el_wline(editLine);
  if (*text != L'\0') {
    el_wreplacestr(editLine, text);
  } else {
    el_cursor(editLine, (int)(line->lastchar - line->cursor));
    el_deletestr(editLine, (int)(line->lastchar - line->buffer));
  }
  line = el_wline(editLine);
  el_cursor(editLine, cursor - (int)(line->cursor - line->buffer));
}

/// Shows the newest history entry from the `from`th newest on that contains the pattern and
/// differs from `shown` (when not NULL). Returns 0 when there is none (the line stays as it is).
static int findEntry(CEditLine *editor, int from, const char *shown) {
  wchar_t wide[sizeof editor->pattern / sizeof editor->pattern[0] + 1];
  wmemcpy(wide, editor->pattern, editor->patternLength);
  wide[editor->patternLength] = L'\0';
  char pattern[sizeof wide / sizeof wide[0] * MB_LEN_MAX];
  if (wcstombs(pattern, wide, sizeof pattern) == (size_t)-1) {
    return 0;
  }
  HistEvent event;
  int index = 0;
  for (int status = history(editor->history, &event, H_FIRST); status != -1;
       status = history(editor->history, &event, H_NEXT), index++) {
    const char *found = index >= from ? strstr(event.str, pattern) : NULL;
    if (found == NULL || (shown != NULL && strcmp(event.str, shown) == 0)) {
      continue;
    }
    size_t length = mbstowcs(NULL, event.str, 0);
    wchar_t *entry = length != (size_t)-1 ? calloc(length + 1, sizeof *entry) : NULL;
    if (entry == NULL) {
      return 0;
    }
    mbstowcs(entry, event.str, length + 1);
    // The cursor goes where the match starts, as in bash.
    char *before = strndup(event.str, (size_t)(found - event.str));
    size_t cursor = before != NULL ? mbstowcs(NULL, before, 0) : 0;
    free(before);
    replaceLine(editor->editLine, entry, cursor == (size_t)-1 ? 0 : (int)cursor);
    free(entry);
    editor->matchIndex = index;
    return 1;
  }
  return 0;
}

/// Ctrl-R: searches the history for entries that contain what is typed, newest first.
///
/// libedit's own incremental search (em-inc-search-prev) looks each typed character up in its
/// key map by the character's low byte, so that many kanji end the search instead of extending
/// it (会 is U+4F1A, whose low byte is ^Z; 予 is U+4E88). While this search runs, readCharacter
/// hands every key here as ^R, the real one in searchKey: printable keys extend the pattern,
/// Backspace shortens it, ^R finds an older entry, ^G puts the line back, and any other key ends
/// the search with the entry in the line and then does what it always does (Enter runs it).
static unsigned char searchHistory(EditLine *editLine, int key) {
  (void)key;
  CEditLine *editor = editorOf(editLine);
  if (editor == NULL) {
    return CC_ERROR;
  }
  if (!editor->isSearching) {
    const LineInfoW *line = el_wline(editLine);
    size_t length = (size_t)(line->lastchar - line->buffer);
    editor->originalLine = calloc(length + 1, sizeof(wchar_t));
    if (editor->originalLine == NULL) {
      return CC_ERROR;
    }
    wmemcpy(editor->originalLine, line->buffer, length);
    editor->originalCursor = (int)(line->cursor - line->buffer);
    editor->isSearching = 1;
    editor->patternLength = 0;
    editor->matchIndex = -1;
    editor->isSearchFailing = 0;
    updateSearchPrompt(editor);
    return CC_REDISPLAY;
  }
  wchar_t typed = editor->searchKey;
  int isFound = 1;
  if (typed == SEARCH_KEY) {
    // An older entry, skipping copies of the one shown.
    const LineInfo *line = el_line(editLine);
    char *shown = strndup(line->buffer, (size_t)(line->lastchar - line->buffer));
    isFound = editor->patternLength > 0 && findEntry(editor, editor->matchIndex + 1, shown);
    free(shown);
  } else if (typed == L'\x7f' || typed == L'\b') {
    if (editor->patternLength > 0) {
      editor->patternLength--;
    }
    if (editor->patternLength == 0) {
      replaceLine(editLine, editor->originalLine, editor->originalCursor);
      editor->matchIndex = -1;
    } else {
      isFound = findEntry(editor, 0, NULL);
    }
  } else if (typed == L'\a') {  // ^G
    replaceLine(editLine, editor->originalLine, editor->originalCursor);
    stopSearch(editor);
    return CC_REDISPLAY;
  } else if (typed >= L' ' && iswprint((wint_t)typed)) {
    if (editor->patternLength < sizeof editor->pattern / sizeof editor->pattern[0]) {
      editor->pattern[editor->patternLength++] = typed;
    }
    // The entry shown still matches if it contains the longer pattern too.
    isFound = findEntry(editor, editor->matchIndex < 0 ? 0 : editor->matchIndex, NULL);
  } else {
    stopSearch(editor);
    wchar_t pushed[2] = {typed, L'\0'};
    el_wpush(editLine, pushed);
    return CC_REDISPLAY;
  }
  editor->isSearchFailing = !isFound;
  updateSearchPrompt(editor);
  // A full redraw: libedit's row-by-row update leaves stray cells behind when a prompt with
  // wide characters changes width, as this one does.
  return CC_REDISPLAY;
}

/// libedit's read function (EL_GETCFN): one character from the terminal, decoded from UTF-8
/// (the locale's encoding). Waits in ppoll with the caller's signal mask, the only place the
/// handlers run, and acts on their flags before each wait: Ctrl-C ends the read with EINTR (so
/// el_gets returns NULL), a resize is passed to libedit, Ctrl-Z suspends.
/// Returns 1 with a character, 0 at the end of input, -1 on error.
static int readCharacter(EditLine *editLine, wchar_t *character) {
  CEditLine *editor = editorOf(editLine);
  char bytes[MB_LEN_MAX];
  size_t count = 0;
  for (;;) {
    if (interruptRequested) {
      errno = EINTR;
      return -1;
    }
    if (suspendRequested) {
      suspend(editLine);
    }
    if (resizeRequested) {
      resizeRequested = 0;
      followResize(editor);
    }
    struct pollfd input = {.fd = editor->input, .events = POLLIN, .revents = 0};
    if (ppoll(&input, 1, NULL, &editor->waitingMask) < 0) {
      if (errno == EINTR) {
        continue;
      }
      return -1;
    }
    // Non-blocking: a Ctrl-C that arrives after ppoll found a key makes the terminal discard
    // the keys before it (ISIG without NOFLSH); a blocking read would then wait, SIGINT
    // blocked, until the next key. EAGAIN goes back to ppoll, where the signal is taken.
    ssize_t received = read(editor->keys, &bytes[count], 1);
    if (received == 0) {
      return 0;
    }
    if (received < 0) {
      if (errno == EINTR || errno == EAGAIN) {
        continue;
      }
      return -1;
    }
    count++;
    for (;;) {
      mbstate_t state;
      memset(&state, 0, sizeof state);
      size_t length = mbrtowc(character, bytes, count, &state);
      if (length == (size_t)-2 && count < sizeof bytes) {
        break;  // an incomplete character: read on
      }
      if (length == (size_t)-1 || length == (size_t)-2) {
        // Not a character: drop it, but its last byte may start the next one.
        if (count <= 1) {
          count = 0;
          break;
        }
        bytes[0] = bytes[count - 1];
        count = 1;
        continue;
      }
      if (length == 0) {
        *character = L'\0';
      }
      if (editor->isSearching) {
        editor->searchKey = *character;
        *character = SEARCH_KEY;
      }
      return 1;
    }
  }
}

int CEditLine_catchInterrupts(void) {
  if (isCatchingInterrupts) {
    return 0;
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = noteInterrupt;
  sigemptyset(&action.sa_mask);
  // SA_RESTART keeps a running command's reads and writes from failing with EINTR; a read of
  // the line is woken all the same, since readCharacter waits in ppoll, which never restarts.
  action.sa_flags = SA_RESTART;
  if (sigaction(SIGINT, &action, &previousInterruptAction) != 0) {
    return -1;
  }
  isCatchingInterrupts = 1;
  return 0;
}

void CEditLine_releaseInterrupts(void) {
  if (isCatchingInterrupts) {
    sigaction(SIGINT, &previousInterruptAction, NULL);
    isCatchingInterrupts = 0;
  }
}

// MARK: - Crashes

/// The message written on a crash, prepared before any crash (a handler may not allocate).
static char crashMessage[1024];
static volatile sig_atomic_t hasNormalMode = 0;
static const int crashSignals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};

/// On a trap or a fault: the terminal back in its normal mode, one message, then the default
/// action of the signal (so the exit status says what happened). Only async-signal-safe calls.
static void reportCrash(int signal) {
  if (hasNormalMode) {
    tcsetattr(STDIN_FILENO, TCSANOW, &normalMode);
  }
  char number[4] = {0, 0, 0, 0};
  int value = signal % 1000;
  int length = value >= 100 ? 3 : value >= 10 ? 2 : 1;
  for (int i = length - 1; i >= 0; i--) {
    number[i] = (char)('0' + value % 10);
    value /= 10;
  }
  // The message holds one "%d" for the signal's number.
  const char *marker = strstr(crashMessage, "%d");
  if (marker != NULL) {
    (void)!write(STDERR_FILENO, crashMessage, (size_t)(marker - crashMessage));
    (void)!write(STDERR_FILENO, number, (size_t)length);
    (void)!write(STDERR_FILENO, marker + 2, strlen(marker + 2));
  } else {
    (void)!write(STDERR_FILENO, crashMessage, strlen(crashMessage));
  }
  restoreTerminalAndEnd(signal);
}

int CEditLine_catchCrashes(const char *message) {
  snprintf(crashMessage, sizeof crashMessage, "%s", message);
  if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &normalMode) == 0) {
    hasNormalMode = 1;
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = reportCrash;
  sigemptyset(&action.sa_mask);
  // A fault inside the handler ends the process by default instead of looping.
  action.sa_flags = SA_RESETHAND | SA_NODEFER;
  for (size_t i = 0; i < sizeof crashSignals / sizeof crashSignals[0]; i++) {
    if (sigaction(crashSignals[i], &action, NULL) != 0) {
      return -1;
    }
  }
  return 0;
}

int CEditLine_isInterruptRequested(void) { return interruptRequested != 0; }

void CEditLine_resetInterrupt(void) { interruptRequested = 0; }

static char *editorPrompt(EditLine *editLine) {
  static char empty[] = "";
  CEditLine *editor = editorOf(editLine);
  char *prompt = editor != NULL ? activePrompt(editor) : NULL;
  return prompt != NULL ? prompt : empty;
}

History *CEditLine_historyCreate(int size, int isUnique) {
  History *list = history_init();
  if (list == NULL) {
    return NULL;
  }
  HistEvent event;
  history(list, &event, H_SETSIZE, size);
  history(list, &event, H_SETUNIQUE, isUnique);
  return list;
}

void CEditLine_historyDestroy(History *list) { history_end(list); }

CEditLine *CEditLine_create(const char *program, int historySize) {
  CEditLine_prepareLocale();
  CEditLine *editor = calloc(1, sizeof(CEditLine));
  if (editor == NULL) {
    return NULL;
  }
  editor->history = CEditLine_historyCreate(historySize, 1);
  editor->editLine = el_init(program, stdin, stdout, stderr);
  if (editor->history == NULL || editor->editLine == NULL) {
    CEditLine_destroy(editor);
    return NULL;
  }
  EditLine *editLine = editor->editLine;
  el_set(editLine, EL_CLIENTDATA, editor);
  el_set(editLine, EL_EDITOR, "emacs");
  // Not EL_SIGNAL: its handlers resize the display inside the signal handler (malloc and free,
  // possibly halfway through drawing a line), leave the cursor position stale (see
  // followResize), and send every signal on to the whole process group. readCharacter and the
  // handlers in this file take their place.
  editor->input = fileno(stdin);
  // A second open file description of the terminal: O_NONBLOCK on it leaves the one shared
  // with the parent shell alone, even if this process ends without restoring anything.
  const char *terminal = ttyname(editor->input);
  editor->keys = terminal != NULL ? open(terminal, O_RDONLY | O_NONBLOCK | O_CLOEXEC) : -1;
  if (editor->keys < 0) {
    editor->keys = editor->input;
  }
  el_set(editLine, EL_GETCFN, readCharacter);
  el_set(editLine, EL_HIST, history, editor->history);
  el_set(editLine, EL_PROMPT_ESC, editorPrompt, '\1');
  el_set(editLine, EL_ADDFN, "search-history-kanji", "Search the history for what is typed",
         searchHistory);
  el_set(editLine, EL_BIND, "^R", "search-history-kanji", NULL);
  return editor;
}

void CEditLine_destroy(CEditLine *editor) {
  if (editor == NULL) {
    return;
  }
  if (editor->editLine != NULL) {
    el_end(editor->editLine);
  }
  if (editor->history != NULL) {
    history_end(editor->history);
  }
  if (editor->keys >= 0 && editor->keys != editor->input) {
    close(editor->keys);
  }
  free(editor->prompt);
  free(editor->searchPrompt);
  free(editor->originalLine);
  free(editor);
}

int CEditLine_setPrompt(CEditLine *editor, const char *prompt) {
  char *copy = strdup(prompt);
  if (copy == NULL) {
    return -1;
  }
  free(editor->prompt);
  editor->prompt = copy;
  return 0;
}

const char *CEditLine_gets(CEditLine *editor, int *count) {
  tcgetattr(editor->input, &normalMode);
  resizeRequested = 0;
  suspendRequested = 0;
  stopSearch(editor);
  watchSignals();
  // Blocked but while waiting for a key, so that no handler runs while libedit draws.
  sigset_t guarded;
  sigemptyset(&guarded);
  sigaddset(&guarded, SIGINT);
  for (size_t index = 0; index < SIGNAL_COUNT; index++) {
    sigaddset(&guarded, readingSignals[index]);
  }
  pthread_sigmask(SIG_BLOCK, &guarded, &editor->waitingMask);
  readingThread = pthread_self();
  isReading = 1;
  // libedit prints the prompt first and enters raw mode only when it reads the first key, so a
  // key typed just after the prompt appeared would meet the kernel's line editing: Ctrl-D would
  // turn into a NUL, Backspace would be done by the kernel and echoed twice. el_gets puts the
  // terminal back in its normal mode when it returns.
  el_set(editor->editLine, EL_PREP_TERM, 1);
  const char *line = el_gets(editor->editLine, count);
  int error = errno;
  isReading = 0;
  // Handlers first: a signal still pending then takes its usual course, the terminal normal.
  unwatchSignals();
  pthread_sigmask(SIG_SETMASK, &editor->waitingMask, NULL);
  errno = error;
  return line;
}

const LineInfo *CEditLine_line(CEditLine *editor) { return el_line(editor->editLine); }

void CEditLine_setContext(CEditLine *editor, void *context) { editor->context = context; }

void *CEditLine_context(EditLine *editLine) {
  CEditLine *editor = editorOf(editLine);
  return editor != NULL ? editor->context : NULL;
}

int CEditLine_addFunction(CEditLine *editor, const char *name, const char *help,
                          CEditLine_Function function, const char *key) {
  if (el_set(editor->editLine, EL_ADDFN, name, help, function) != 0) {
    return -1;
  }
  return el_set(editor->editLine, EL_BIND, key, name, NULL);
}

void CEditLine_write(EditLine *editLine, const char *text) {
  FILE *output = NULL;
  if (el_get(editLine, EL_GETFP, 1, &output) != 0 || output == NULL) {
    output = stdout;
  }
  fputs(text, output);
  fflush(output);
}

void CEditLine_writeStandardOutput(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

History *CEditLine_history(CEditLine *editor) { return editor->history; }

int CEditLine_historyEnter(History *list, const char *line) {
  HistEvent event;
  return history(list, &event, H_ENTER, line);
}

int CEditLine_historyLoad(History *list, const char *path) {
  HistEvent event;
  return history(list, &event, H_LOAD, path);
}

int CEditLine_historySave(History *list, const char *path) {
  HistEvent event;
  return history(list, &event, H_SAVE, path);
}

int CEditLine_terminalColumns(int fileDescriptor) {
  struct winsize size;
  if (ioctl(fileDescriptor, TIOCGWINSZ, &size) != 0) {
    return 0;
  }
  return size.ws_col;
}
