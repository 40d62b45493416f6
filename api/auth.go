package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
)

// Role is what an API key may do. Each role includes the ones before it.
type Role int

// Roles, weakest first.
const (
	RoleSubmitter Role = iota + 1
	RoleCurator
	RoleAdmin
)

// String is the role's name, as keys and logs spell it.
func (r Role) String() string {
	switch r {
	case RoleSubmitter:
		return "submitter"
	case RoleCurator:
		return "curator"
	case RoleAdmin:
		return "admin"
	}
	return "none"
}

func parseRole(s string) (Role, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "submitter":
		return RoleSubmitter, true
	case "curator":
		return RoleCurator, true
	case "admin":
		return RoleAdmin, true
	}
	return 0, false
}

// Principal is the caller behind an API key. Name identifies the key in
// logs and in the merge log without revealing it.
type Principal struct {
	Name string
	Role Role
}

// apiKey is a configured key, kept only as its SHA-256 so that comparing
// is constant-time over equal lengths.
type apiKey struct {
	sum       [sha256.Size]byte
	principal Principal
}

// Keys are the configured API keys.
type Keys struct {
	keys []apiKey
}

// ParseKeys parses "key1:submitter,key2:curator,key3:admin". A key may carry
// a name for the logs as a third part ("key:curator:alice"); without one
// it is named by its role and a fingerprint. Keys must be at least 8
// characters.
func ParseKeys(spec string) (*Keys, error) {
	k := &Keys{}
	seen := map[[sha256.Size]byte]bool{}
	for i, entry := range strings.Split(spec, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		parts := strings.Split(entry, ":")
		if len(parts) < 2 || len(parts) > 3 {
			return nil, fmt.Errorf("api key %d: want key:role or key:role:name", i+1)
		}
		key := parts[0]
		if len(key) < 8 {
			return nil, fmt.Errorf("api key %d: keys must be at least 8 characters", i+1)
		}
		role, ok := parseRole(parts[1])
		if !ok {
			return nil, fmt.Errorf("api key %d: role %q is not submitter, curator or admin", i+1, parts[1])
		}
		sum := sha256.Sum256([]byte(key))
		if seen[sum] {
			return nil, fmt.Errorf("api key %d: listed twice", i+1)
		}
		seen[sum] = true
		name := role.String() + "-" + hex.EncodeToString(sum[:])[:8]
		if len(parts) == 3 && strings.TrimSpace(parts[2]) != "" {
			name = strings.TrimSpace(parts[2])
		}
		k.keys = append(k.keys, apiKey{sum: sum, principal: Principal{Name: name, Role: role}})
	}
	return k, nil
}

// Len returns the number of keys.
func (k *Keys) Len() int {
	if k == nil {
		return 0
	}
	return len(k.keys)
}

// lookup finds the principal of a presented key. Every configured key is
// compared, in constant time, so the time taken says nothing about which
// key nearly matched.
func (k *Keys) lookup(presented string) (Principal, bool) {
	if k == nil {
		return Principal{}, false
	}
	sum := sha256.Sum256([]byte(presented))
	var found Principal
	ok := 0
	for _, key := range k.keys {
		if subtle.ConstantTimeCompare(sum[:], key.sum[:]) == 1 {
			found = key.principal
			ok = 1
		}
	}
	return found, ok == 1
}

type principalKey struct{}

func principalFrom(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}

// requireRole lets a request through when it carries a key with at least
// role: a missing or unknown key is 401, a key without the role 403.
func requireRole(keys *Keys, role Role) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			auth := r.Header.Get("Authorization")
			token, ok := strings.CutPrefix(auth, "Bearer ")
			if !ok || strings.TrimSpace(token) == "" {
				w.Header().Set("WWW-Authenticate", `Bearer realm="songdedup"`)
				writeProblem(w, r, http.StatusUnauthorized, "unauthorized", "send an API key as Authorization: Bearer <key>")
				return
			}
			p, ok := keys.lookup(strings.TrimSpace(token))
			if !ok {
				w.Header().Set("WWW-Authenticate", `Bearer realm="songdedup", error="invalid_token"`)
				writeProblem(w, r, http.StatusUnauthorized, "unauthorized", "unknown API key")
				return
			}
			noteCaller(r.Context(), p)
			if p.Role < role {
				writeProblem(w, r, http.StatusForbidden, "forbidden",
					fmt.Sprintf("this key has the %s role; this needs %s", p.Role, role))
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), principalKey{}, p)))
		})
	}
}

// crossOrigin refuses state-changing requests that a browser sent from
// another site, by net/http's CrossOriginProtection (Sec-Fetch-Site, or the
// Origin against the Host where a browser sends no Sec-Fetch-Site), and
// answers them with a problem document. API keys travel in a header that
// browsers never attach by themselves, so this is a second line of
// defence, for the curator page.
func crossOrigin() func(http.Handler) http.Handler {
	p := http.NewCrossOriginProtection()
	p.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		detail := ""
		if origin := r.Header.Get("Origin"); origin != "" {
			detail = "the Origin " + origin + " is not this service"
		}
		writeProblem(w, r, http.StatusForbidden, "cross-site request refused", detail)
	}))
	return p.Handler
}
