package reading

import (
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

// Traditional and simplified Han characters: one name written in either
// form (林俊傑 / 林俊杰, 張學友 / 张学友) is one name. Simplified gives the
// one form aliases are keyed by (see title.AliasFold). The conversion is
// github.com/longbridgeapp/opencc's, whose tables are OpenCC's (characters,
// and the phrases whose conversion differs from their characters'), loaded
// on first use: a few hundred KB, a few milliseconds.

var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC
)

// Simplified returns s with its traditional Han characters in simplified
// form; s itself when it has none.
func Simplified(s string) string {
	t2sOnce.Do(func() { t2s = newConverter("t2s") })
	return convert(t2s, s)
}

// newConverter loads a conversion of the library's embedded tables; nil
// when it cannot, and then nothing is converted.
func newConverter(conversion string) *opencc.OpenCC {
	c, err := opencc.New(conversion)
	if err != nil {
		return nil
	}
	return c
}

func convert(c *opencc.OpenCC, s string) string {
	if c == nil || !inScript(s, unicode.Han) {
		return s
	}
	out, err := c.Convert(s)
	if err != nil {
		return s
	}
	return out
}
