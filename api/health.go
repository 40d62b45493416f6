package api

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"strconv"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

func handleHealthz() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}
}

func handleReadyz(ready Readiness, replicas func() []ReplicaStatus, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := ready.Ready(ctx); err != nil {
			// The database's own words stay in the log; a schema that is
			// not current is said as it is.
			detail := err.Error()
			if errors.Is(err, dedup.ErrUnavailable) || ctx.Err() != nil {
				detail = "database unavailable"
			}
			log.WarnContext(r.Context(), "not ready", "err", err)
			w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
			writeProblem(w, r, http.StatusServiceUnavailable, "not ready", detail)
			return
		}
		if replicas == nil {
			writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "replicas": replicas()})
	}
}

// writeJSON writes v as the body. The raw JSON v carries (stored
// explanations) is checked once, by the encoding itself; when some is not
// JSON, v is written again with each such value as {}.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	encodeValidRaw(w, v)
}

// encodeValidRaw writes v as JSON to w, and when raw JSON v carries is not
// JSON, v with each such value as {}: an Encoder writes nothing of a value
// it fails to encode.
func encodeValidRaw(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	if err := enc.Encode(v); err != nil {
		enc.Encode(withValidRaw(v))
	}
}

// withValidRaw returns a copy of v in which every json.RawMessage that is
// not valid JSON is {}. Slices and pointers in v are shared, and their raw
// values replaced in place.
func withValidRaw(v any) any {
	if v == nil {
		return nil
	}
	cp := reflect.New(reflect.TypeOf(v)).Elem()
	cp.Set(reflect.ValueOf(v))
	replaceInvalidRaw(cp)
	return cp.Interface()
}

var rawMessageType = reflect.TypeFor[json.RawMessage]()

func replaceInvalidRaw(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			replaceInvalidRaw(v.Elem())
		}
	case reflect.Interface:
		// The value an interface holds cannot be set: a copy of it is.
		if !v.IsNil() && v.CanSet() {
			held := reflect.New(v.Elem().Type()).Elem()
			held.Set(v.Elem())
			replaceInvalidRaw(held)
			v.Set(held)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			// An embedded struct's fields are encoded as the struct's own,
			// its type exported or not.
			if f := v.Type().Field(i); f.IsExported() || f.Anonymous {
				replaceInvalidRaw(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Type() == rawMessageType {
			if v.Len() > 0 && !json.Valid(v.Bytes()) && v.CanSet() {
				v.SetBytes([]byte("{}"))
			}
			return
		}
		for i := range v.Len() {
			replaceInvalidRaw(v.Index(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			replaceInvalidRaw(v.Index(i))
		}
	}
}
