package dedup

import (
	"errors"
	"fmt"
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

// InvalidField returns a *FieldError for field.
func InvalidField(field, format string, args ...any) error {
	return &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}
