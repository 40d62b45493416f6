package score

// A performer's band written beside the performer is credit, not a second
// name to agree on: "Russ Morgan and His Orchestra", "Fats Waller and His
// Rhythm", "Peter Leitch Trio", "Dorsey Brothers' Orchestra". An upload
// names the performer alone ("russ morgan so long") as often as with the
// band, so a band word one side lacks neither lowers the artist score nor
// makes the artists two names; one both sides have counts as any word,
// and so do both sides' when each names a band the other does not ("Oscar
// Peterson Trio" / "Oscar Peterson Quartet").

// ensembleNouns name a band by its kind when they end a performer's name:
// "Peter Leitch Trio", "Jaakko Salon Orkesteri".
var ensembleNouns = map[string]bool{
	"orchestra": true, "orchestre": true, "orchester": true, "orkester": true,
	"orkesteri": true, "orquesta": true, "orquestra": true, "orchestras": true,
	"trio": true, "quartet": true, "quintet": true, "sextet": true, "septet": true, "octet": true,
}

// bandPossessives begin a band credit the normalizer split off its
// performer at "and" or "&": "his orchestra", "her famous orchestra",
// "their orchestra". The French "son"/"sa" and Spanish "su" begin one only
// before an ensemble noun ("et son orchestre"), since "Son Volt" is a band.
var bandPossessives = map[string]bool{"his": true, "her": true, "their": true}

var bandPossessivesNoun = map[string]bool{"son": true, "sa": true, "ses": true, "su": true, "sus": true}

// markBand flags the tokens of p's primary artists that are a band credit
// (see ensembleNouns, bandPossessives). names are the artists whose words
// are p's tokens from 0 to p.nArt.
func (p *side) markBand(names []string) {
	i := 0
	for k, name := range names {
		n := wordCount(name)
		if i+n > p.nArt {
			return
		}
		words := p.toks[i : i+n]
		switch last := n - 1; {
		case n < 2:
		case k > 0 && bandPossessives[words[0].text],
			k > 0 && bandPossessivesNoun[words[0].text] && ensembleNouns[words[last].text]:
			for j := range words {
				words[j].band = true
			}
		case ensembleNouns[words[last].text]:
			words[last].band = true
		}
		i += n
	}
}

// looseBand reports whether a band word of p's artists went unmatched.
func (p *side) looseBand(ph []phase) bool {
	for i := range p.nArt {
		if p.toks[i].band && ph[i] == phaseNone {
			return true
		}
	}
	return false
}
