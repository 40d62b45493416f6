package dedup

import (
	"errors"
	"fmt"
	"reflect"
)

// The error vocabulary of songdedup. Every layer wraps these with %w; the
// HTTP layer maps them to statuses in one table.
var (
	// ErrNotFound: the song, video or review does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the change contradicts the current state (a duplicate
	// key, an opposite curator decision, a race lost to another writer).
	ErrConflict = errors.New("conflict")
	// ErrUnavailable: the database cannot be reached or timed out; the
	// caller may retry later.
	ErrUnavailable = errors.New("temporarily unavailable")
)

// FieldError is invalid input in one named field. The field uses the name
// the caller sent (JSON field, CSV column or flag).
type FieldError struct {
	Field   string
	Message string
}

// Error says which field is invalid and why.
func (e *FieldError) Error() string { return fmt.Sprintf("%s: %s", e.Field, e.Message) }

// LimitRule is the message of a page size out of range, the same on every
// list: InvalidField("limit", LimitRule, max, got), got as written.
const LimitRule = "must be a number from 1 to %d, got %q"

// InvalidField returns a *FieldError for field.
func InvalidField(field, format string, args ...any) error {
	return &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// JSONKind names, for a person, the JSON value a Go type decodes from: "a
// whole number" for int64, "a string", "true or false", "a list" (for an
// error such as "plays must be a whole number").
func JSONKind(t reflect.Type) string {
	if t == nil {
		return "a JSON value"
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "a whole number of at least 0"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.Pointer:
		return JSONKind(t.Elem())
	}
	return "a JSON value"
}
