// toml++ (Debian's libtomlplusplus-dev), header-only, without exceptions: see include/CTOML.h.
#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
// toml++ checks its own invariants with assert(), and some do not hold on malformed input: `[`
// then a line break aborted the program (found by fuzzing; toml++ 3.3 and 3.4 alike) although
// the parser reports that input as an error right after the check. With NDEBUG toml++ turns the
// checks into compiler assumptions instead, undefined behaviour when one is false. So the
// checks are off and nothing is assumed: its errors are all the parser says.
#undef NDEBUG
#define TOML_ASSERT(expression) static_cast<void>(0)
#include <toml++/toml.h>

#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>

#include "CTOML.h"

namespace {
const toml::node &node(const CTOML_Node *node) {
  return *reinterpret_cast<const toml::node *>(node);
}
const CTOML_Node *handle(const toml::node &node) {
  return reinterpret_cast<const CTOML_Node *>(&node);
}
}  // namespace

CTOML_Document *CTOML_parse(const char *text, size_t length, CTOML_Error *error) {
  toml::parse_result result = toml::parse(std::string_view(text, length));
  if (!result) {
    const toml::parse_error &failure = result.error();
    std::string description(failure.description());
    error->description = strdup(description.c_str());
    error->line = failure.source().begin.line;
    error->column = failure.source().begin.column;
    return nullptr;
  }
  auto *table = new toml::table(std::move(result).table());
  return reinterpret_cast<CTOML_Document *>(table);
}

void CTOML_free(CTOML_Document *document) {
  delete reinterpret_cast<toml::table *>(document);
}

void CTOML_freeError(CTOML_Error *error) {
  free(error->description);
  error->description = nullptr;
}

const CTOML_Node *CTOML_root(const CTOML_Document *document) {
  return handle(*reinterpret_cast<const toml::table *>(document));
}

CTOML_Type CTOML_type(const CTOML_Node *handle) {
  switch (node(handle).type()) {
    case toml::node_type::table: return CTOML_TABLE;
    case toml::node_type::array: return CTOML_ARRAY;
    case toml::node_type::string: return CTOML_STRING;
    case toml::node_type::integer: return CTOML_INTEGER;
    case toml::node_type::floating_point: return CTOML_FLOAT;
    case toml::node_type::boolean: return CTOML_BOOLEAN;
    case toml::node_type::date: return CTOML_DATE;
    case toml::node_type::time: return CTOML_TIME;
    default: return CTOML_DATE_TIME;
  }
}

size_t CTOML_count(const CTOML_Node *handle) {
  if (auto table = node(handle).as_table()) return table->size();
  if (auto array = node(handle).as_array()) return array->size();
  return 0;
}

void CTOML_entries(const CTOML_Node *handle, const char **keys, size_t *keyLengths,
                   const CTOML_Node **nodes) {
  auto table = node(handle).as_table();
  if (!table) return;
  size_t index = 0;
  for (auto &&[key, value] : *table) {
    keys[index] = key.str().data();
    keyLengths[index] = key.str().size();
    nodes[index] = ::handle(value);
    index++;
  }
}

void CTOML_elements(const CTOML_Node *handle, const CTOML_Node **nodes) {
  auto array = node(handle).as_array();
  if (!array) return;
  size_t index = 0;
  for (auto &&element : *array) nodes[index++] = ::handle(element);
}

const char *CTOML_string(const CTOML_Node *handle, size_t *length) {
  auto string = node(handle).as_string();
  if (!string) {
    *length = 0;
    return "";
  }
  *length = string->get().size();
  return string->get().data();
}

int64_t CTOML_integer(const CTOML_Node *handle) { return node(handle).value_or<int64_t>(0); }

double CTOML_float(const CTOML_Node *handle) { return node(handle).value_or<double>(0); }

int CTOML_boolean(const CTOML_Node *handle) { return node(handle).value_or(false) ? 1 : 0; }

size_t CTOML_dateText(const CTOML_Node *handle, char *buffer, size_t capacity) {
  std::ostringstream stream;
  node(handle).visit([&](auto &&value) {
    if constexpr (toml::is_date<decltype(value)> || toml::is_time<decltype(value)> ||
                  toml::is_date_time<decltype(value)>) {
      stream << value;
    }
  });
  std::string text = stream.str();
  if (capacity > 0) {
    size_t count = text.size() < capacity - 1 ? text.size() : capacity - 1;
    memcpy(buffer, text.data(), count);
    buffer[count] = 0;
  }
  return text.size();
}
