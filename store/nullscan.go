package store

import (
	"database/sql"
	"strconv"
)

// Destinations of the columns of song documents, which may be NULL, that
// take the driver's values of their own type without reflection:
// database/sql converts an int64 into an int64 or a float64 into a float64
// by reflection, and an int64 into an int32 or a DECIMAL into an int64 by
// formatting or copying it into a string and parsing that, for each
// column of each row (a tenth of the CPU of a document of many videos). Any other value they convert as the sql.Null
// types they embed do, errors included.

type nullInt64 struct{ sql.NullInt64 }

func (n *nullInt64) Scan(src any) error {
	if v, ok := src.(int64); ok || src == nil {
		n.Int64, n.Valid = v, ok
		return nil
	}
	// A DECIMAL, as LEAST of an unsigned column and a number is.
	if b, ok := src.([]byte); ok {
		if v, err := strconv.ParseInt(string(b), 10, 64); err == nil {
			n.Int64, n.Valid = v, true
			return nil
		}
	}
	return n.NullInt64.Scan(src)
}

type nullInt32 struct{ sql.NullInt32 }

func (n *nullInt32) Scan(src any) error {
	if v, ok := src.(int64); ok && v == int64(int32(v)) || src == nil {
		n.Int32, n.Valid = int32(v), ok
		return nil
	}
	return n.NullInt32.Scan(src)
}

type nullFloat64 struct{ sql.NullFloat64 }

func (n *nullFloat64) Scan(src any) error {
	if v, ok := src.(float64); ok || src == nil {
		n.Float64, n.Valid = v, ok
		return nil
	}
	return n.NullFloat64.Scan(src)
}

type nullStr struct{ sql.NullString }

func (n *nullStr) Scan(src any) error {
	if v, ok := src.([]byte); ok || src == nil {
		n.String, n.Valid = string(v), ok
		return nil
	}
	return n.NullString.Scan(src)
}
