#ifndef CTOML_H
#define CTOML_H

// toml++ for Swift: a parsed document and read-only access to its nodes. See README.md.
//
// Everything a node hands out (keys, strings) points into the document and lives as long as
// it; the caller frees the document and any error, and nothing else is allocated for it.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A parsed TOML document (a toml::table).
typedef struct CTOML_Document CTOML_Document;
/// A node of a document: a table, an array or a value.
typedef struct CTOML_Node CTOML_Node;

typedef enum {
  CTOML_TABLE,
  CTOML_ARRAY,
  CTOML_STRING,
  CTOML_INTEGER,
  CTOML_FLOAT,
  CTOML_BOOLEAN,
  CTOML_DATE,
  CTOML_TIME,
  CTOML_DATE_TIME,
} CTOML_Type;

/// Why a text is not TOML: toml++'s description (malloc'ed, NUL-terminated) and where it starts
/// (1-based; toml++ counts columns in characters).
typedef struct {
  char *description;
  uint32_t line;
  uint32_t column;
} CTOML_Error;

/// Parses `length` bytes of UTF-8 (NUL bytes included, which TOML refuses). Returns the document,
/// or NULL with `*error` filled in (then free it with `CTOML_freeError`).
CTOML_Document *CTOML_parse(const char *text, size_t length, CTOML_Error *error);
void CTOML_free(CTOML_Document *document);
void CTOML_freeError(CTOML_Error *error);

/// The document's root table.
const CTOML_Node *CTOML_root(const CTOML_Document *document);
CTOML_Type CTOML_type(const CTOML_Node *node);
/// The number of entries of a table or elements of an array; 0 for a value.
size_t CTOML_count(const CTOML_Node *node);
/// A table's entries, `CTOML_count` of them, in toml++'s order (by key): each key's bytes and
/// length, and its node.
void CTOML_entries(const CTOML_Node *table, const char **keys, size_t *keyLengths,
                   const CTOML_Node **nodes);
/// An array's elements, `CTOML_count` of them, in order.
void CTOML_elements(const CTOML_Node *array, const CTOML_Node **nodes);

/// A string's bytes (UTF-8, not NUL-terminated) and length.
const char *CTOML_string(const CTOML_Node *node, size_t *length);
int64_t CTOML_integer(const CTOML_Node *node);
double CTOML_float(const CTOML_Node *node);
int CTOML_boolean(const CTOML_Node *node);
/// A date, time or date-time as TOML writes it (`1979-05-27T07:32:00Z`), NUL-terminated, into
/// `buffer`; at most `capacity` bytes, the NUL included. Returns the text's full length.
size_t CTOML_dateText(const CTOML_Node *node, char *buffer, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif
