package score

// versionQualifiers are the words that make the word beside them a
// version's name: "Japanese ver.", "Bossa Nova Version", "Versión
// Tropical".
var versionQualifiers = map[string]bool{"ver": true, "version": true, "versao": true, "versione": true}

// namedVersion reports whether p's track has, among the words the other
// track lacks (extraWord), a version qualifier ("ver", "version") beside
// another word the other lacks, which names the version: "Chi, Ase, Namida
// (Blood Sweat & Tears Japanese ver.)", "You Are Not Alone (Michael
// Jackson) Bossa Nova Version", "Bilongo - Versión Tropical". The title
// names a version the other does not, left in the track where the
// normalizer could not read it apart from a subtitle: another recording,
// and nothing for a curator (named_version). A number beside the
// qualifier ("Version 2") names no version of its own.
func namedVersion(p *side, ph []phase) bool {
	tr := p.track()
	for i := extraWord(p, ph, 0); i >= 0; i = extraWord(p, ph, i+1) {
		if !versionQualifiers[p.toks[i].canon] {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j >= tr.lo && j < tr.hi && ph[j] == phaseNone && !p.toks[j].light && !p.toks[j].num {
				return true
			}
		}
	}
	return false
}
